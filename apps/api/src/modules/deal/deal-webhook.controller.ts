import {
  BadRequestException,
  ConflictException,
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
import { DealWriteService, ReplayedDeliveryError } from './deal-write.service.js';
import type { DeliveryResult } from './deal-write.service.js';
import { WEBHOOK_TOLERANCE_SECONDS, checkWebhookSignature } from './webhook-signature.util.js';

export interface DealWebhookResponse extends DeliveryResult {
  /** Present when the delivery changed nothing because a later one was already applied. */
  message?: string;
}

/** The most deals one signed delivery may carry. */
export const MAX_DEALS_PER_DELIVERY = 500;

/** One deal of a batch delivery: what it did, or why it was not stored. */
export type DealBatchItem = { index: number } & (Partial<DealWebhookResponse> & { error?: string });

const STALE = 'A delivery signed later was already applied to this deal; nothing changed.';

/**
 * POST /webhooks/crm/deals: a CRM sends one deal as JSON whenever it changes. No login: the body is signed with
 * BYLINE_WEBHOOK_SECRET (`x-byline-signature: sha256=<hex HMAC-SHA256 of "<x-byline-timestamp>.<raw body>">`).
 * A delivery is an upsert by externalId; a refused one writes nothing. Each signed delivery is accepted once:
 * the same signature again is 409. A delivery signed before the last one applied to the deal is 200 with
 * `change: "stale"` and changes nothing (CRMs may retry out of order; the later state wins).
 *
 * A body `{ "deals": [...] }` is a batch of up to 500 deals in one signed delivery: each deal is applied as if it
 * came alone, in order, and the answer lists a result per deal (`{ index, id, externalId, change }` or
 * `{ index, error }`); one deal that cannot be stored does not stop the others.
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
  ): Promise<DealWebhookResponse | { results: DealBatchItem[] }> {
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
    const batch = (req.body as { deals?: unknown } | null)?.deals;
    if (batch !== undefined) return { results: await this.receiveBatch(batch, signature!, timestamp!) };
    try {
      const { deal, given } = dealFromPayload(req.body);
      const result = await this.dealWrite.writeDelivery(deal, given, {
        signature: signature!.trim(),
        sentAt: new Date(Number(timestamp) * 1000),
      });
      if (result.change !== 'stale') return result;
      return { ...result, message: STALE };
    } catch (error) {
      if (error instanceof FieldError) throw new BadRequestException(`Refused: ${error.message}.`);
      if (error instanceof ReplayedDeliveryError) {
        this.logger.warn('Refused a replayed deal webhook delivery');
        throw new ConflictException('Refused: this signed delivery was already accepted.');
      }
      throw error;
    }
  }

  private async receiveBatch(batch: unknown, signature: string, timestamp: string): Promise<DealBatchItem[]> {
    if (!Array.isArray(batch) || batch.length === 0 || batch.length > MAX_DEALS_PER_DELIVERY) {
      throw new BadRequestException(`Refused: deals must be a list of 1 to ${MAX_DEALS_PER_DELIVERY} deals.`);
    }
    const parsed = batch.map((body: unknown) => {
      try {
        return dealFromPayload(body);
      } catch (error) {
        if (error instanceof FieldError) return error;
        throw error;
      }
    });
    try {
      const results = await this.dealWrite.writeDeliveries(parsed, {
        signature: signature.trim(),
        sentAt: new Date(Number(timestamp) * 1000),
      });
      return results.map((r, index) =>
        r instanceof FieldError
          ? { index, error: `Refused: ${r.message}.` }
          : { index, ...r, ...(r.change === 'stale' ? { message: STALE } : {}) },
      );
    } catch (error) {
      if (error instanceof ReplayedDeliveryError) {
        this.logger.warn('Refused a replayed deal webhook delivery');
        throw new ConflictException('Refused: this signed delivery was already accepted.');
      }
      throw error;
    }
  }
}
