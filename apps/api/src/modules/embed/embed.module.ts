import { Module } from '@nestjs/common';
import { EmbedController } from './embed.controller.js';
import { EmbedRepository } from './embed.repository.js';
import { EmbedService } from './embed.service.js';

/** Byline in the CRM: the deal panel's token exchange (its page is the web app's /embed/deals/<crm id>). */
@Module({
  controllers: [EmbedController],
  providers: [EmbedService, EmbedRepository],
})
export class EmbedModule {}
