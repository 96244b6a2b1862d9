import { Module } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ApprovalModule } from '../approval/approval.module.js';
import { AttachmentModule } from '../attachment/attachment.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { ReuseModule } from '../reuse/reuse.module.js';
import { ShareController } from './share.controller.js';
import { ShareLoader } from './share.loader.js';
import { ShareRateLimitService } from './share-rate-limit.service.js';
import { ShareViewService } from './share-view.service.js';
import { ShareRepository } from './share.repository.js';
import { ShareResolver } from './share.resolver.js';
import { ShareService } from './share.service.js';

/** Form bodies larger than this are refused (the gate's form holds one email). */
const FORM_BODY_LIMIT = 4096;

@Module({
  imports: [ApprovalModule, AttachmentModule, CreditModule, NotificationModule, ReuseModule],
  controllers: [ShareController],
  providers: [ShareRepository, ShareService, ShareViewService, ShareRateLimitService, ShareLoader, ShareResolver],
  exports: [ShareService],
})
export class ShareModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // The email gate is a plain HTML form: its body is form-encoded.
    if (fastify && !fastify.hasContentTypeParser('application/x-www-form-urlencoded')) {
      fastify.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
        (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
      );
    }
  }
}
