import { Module, forwardRef } from '@nestjs/common';
import { AuthorshipModule } from '../authorship/authorship.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { WinLossAnalysisModule } from '../win-loss/win-loss-analysis.module.js';
import { AssetLoader } from './asset.loader.js';
import { AssetReadService } from './asset-read.service.js';
import { AssetConnectionResolver, AssetResolver, AssetVersionResolver } from './asset.resolver.js';
import { AssetService } from './asset.service.js';

@Module({
  imports: [
    AuthorshipModule,
    TaxonomyModule,
    TeamModule,
    UserModule,
    WinLossAnalysisModule,
    forwardRef(() => CreditModule),
  ],
  providers: [
    AssetService,
    AssetReadService,
    AssetLoader,
    AssetResolver,
    AssetConnectionResolver,
    AssetVersionResolver,
  ],
  exports: [AssetService, AssetReadService, AssetLoader],
})
export class AssetModule {}
