import { Module } from '@nestjs/common';
import { AuthorshipModule } from '../authorship/authorship.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { ReuseModule } from '../reuse/reuse.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { WinLossAnalysisModule } from '../win-loss/win-loss-analysis.module.js';
import { CreditEntryAssetResolver, ReuseEventAssetResolver, ShareLinkAssetResolver } from './asset-links.resolver.js';
import { AssetLoader } from './asset.loader.js';
import { AssetReadService } from './asset-read.service.js';
import { AssetRepository } from './asset.repository.js';
import { AssetConnectionResolver, AssetResolver, AssetVersionResolver } from './asset.resolver.js';
import { AssetService } from './asset.service.js';

@Module({
  imports: [AuthorshipModule, CreditModule, ReuseModule, TaxonomyModule, TeamModule, UserModule, WinLossAnalysisModule],
  providers: [
    AssetRepository,
    AssetService,
    AssetReadService,
    AssetLoader,
    AssetResolver,
    AssetConnectionResolver,
    AssetVersionResolver,
    CreditEntryAssetResolver,
    ReuseEventAssetResolver,
    ShareLinkAssetResolver,
  ],
  exports: [AssetService, AssetReadService, AssetLoader, AssetRepository],
})
export class AssetModule {}
