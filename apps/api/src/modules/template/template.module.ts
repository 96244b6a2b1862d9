import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { AttachmentModule } from '../attachment/attachment.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { ReuseModule } from '../reuse/reuse.module.js';
import { TemplateController } from './template.controller.js';
import { TemplateRepository } from './template.repository.js';
import { TemplateResolver } from './template.resolver.js';
import { TemplateService } from './template.service.js';

@Module({
  imports: [AssetModule, AttachmentModule, CreditModule, ReuseModule],
  controllers: [TemplateController],
  providers: [TemplateRepository, TemplateService, TemplateResolver],
})
export class TemplateModule {}
