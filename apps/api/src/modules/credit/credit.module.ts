import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { CreditNotifier } from './credit-notifier.js';
import { CreditNoticeResolver } from './credit-notice.resolver.js';
import { CreditPolicyResolver } from './credit-policy.resolver.js';
import { CreditPolicyService } from './credit-policy.service.js';
import { CreditRebuildService } from './credit-rebuild.service.js';
import { CreditReadService } from './credit-read.service.js';
import { CreditRepository } from './credit.repository.js';
import { CreditResolver } from './credit.resolver.js';
import { CreditService } from './credit.service.js';

@Module({
  imports: [UserModule],
  providers: [
    CreditService,
    CreditPolicyService,
    CreditNotifier,
    CreditReadService,
    CreditRebuildService,
    CreditRepository,
    CreditResolver,
    CreditNoticeResolver,
    CreditPolicyResolver,
  ],
  exports: [CreditService, CreditPolicyService, CreditNotifier, CreditReadService, CreditRebuildService],
})
export class CreditModule {}
