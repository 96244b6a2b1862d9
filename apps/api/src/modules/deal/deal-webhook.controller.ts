import {
  BadRequestException,
  Controller,
  Headers,
  HttpCode,
  Inject,
  Logger,
  Post,
  Req,
  ServiceUnavailableException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permissions.decorator.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { dealFromPayload } from './deal-webhook.payload.js';
import { FieldError } from './deal-fields.util.js';
import { DealWriteService } from './deal-write.service.js';
import type { DealChange } from './deal-write.service.js';
import { WEBHOOK_TOLERANCE_SECONDS, checkWebhookSignature } from './webhook-signature.util.js';

export interface DealWebhookResponse {
  id: string;
  externalId: string;
  change: DealChange;
}

/**
 * POST /webhooks/crm/deals: a CRM sends one deal as JSON whenever it changes. No login: the body is signed with
 * BYLINE_WEBHOOK_SECRET (`x-byline-signature: sha256=<hex HMAC-SHA256 of "<x-byline-timestamp>.<raw body>">`).
 * A delivery is an upsert by externalId, so a repeated one changes nothing; a refused one writes nothing.
 */
@Controller('webhooks/crm')
export class DealWebhookController {
  private readonly logger = new Logger(DealWebhookController.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dealWrite: DealWriteService,
  ) {}

  @Post('deals')
  @Public()
  @HttpCode(200)
  async receive(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Headers('x-byline-timestamp') timestamp: string | undefined,
    @Headers('x-byline-signature') signature: string | undefined,
  ): Promise<DealWebhookResponse> {
    const secret = this.config.webhookSecret;
    if (!secret) {
      throw new ServiceUnavailableException(
        'The CRM deal webhook is off: set BYLINE_WEBHOOK_SECRET on the server to turn it on.',
      );
    }
    if (!req.rawBody) {
      throw new UnsupportedMediaTypeException('Send the deal as JSON (content-type: application/json).');
    }
    const check = checkWebhookSignature(secret, timestamp, signature, req.rawBody);
    if (check !== 'ok') {
      const why = {
        missing: 'x-byline-timestamp and x-byline-signature headers are required',
        stale: `x-byline-timestamp must be unix seconds within ${WEBHOOK_TOLERANCE_SECONDS} s of now`,
        mismatch: 'the signature does not match the body',
      }[check];
      this.logger.warn(`Refused a deal webhook delivery: ${why}`);
      throw new UnauthorizedException(`Refused: ${why}.`);
    }
    try {
      const { deal, given } = dealFromPayload(req.body);
      const result = await this.dealWrite.write([deal], given);
      if (result.errors.length) throw new FieldError(result.errors[0].message);
      const [written] = result.deals;
      return { id: written.id, externalId: written.externalId, change: written.change };
    } catch (error) {
      if (error instanceof FieldError) throw new BadRequestException(`Refused: ${error.message}.`);
      throw error;
    }
  }
}
