import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { TeamModule } from '../team/team.module.js';
import { UserModule } from '../user/user.module.js';
import { DealEventsService } from './deal-events.service.js';
import { DealWebhookController } from './deal-webhook.controller.js';
import { DealWriteService } from './deal-write.service.js';
import { DealRepository } from './deal.repository.js';
import { DealLoader } from './deal.loader.js';
import { DealAuditEntryResolver, DealResolver } from './deal.resolver.js';
import { DealService } from './deal.service.js';
import { ShareLinkDealResolver } from './share-link-deal.resolver.js';

@Module({
  imports: [UserModule, TeamModule, CreditModule, AssetModule],
  controllers: [DealWebhookController],
  providers: [
    DealService,
    DealWriteService,
    DealEventsService,
    DealRepository,
    DealLoader,
    DealResolver,
    DealAuditEntryResolver,
    ShareLinkDealResolver,
  ],
  exports: [DealService, DealWriteService, DealEventsService, DealRepository],
})
export class DealModule {}
