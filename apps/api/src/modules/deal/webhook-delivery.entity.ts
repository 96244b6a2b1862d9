import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed deal webhook delivery that was accepted, by the SHA-256 of its signature, so the same delivery is
 * refused when it comes again within the signature's time window. Entries older than the window are pruned.
 */
@Entity('webhook_deliveries')
@Index('IX_webhook_deliveries_received_at', ['receivedAt'])
export class WebhookDeliveryEntity {
  @PrimaryColumn({ name: 'signature_hash', type: 'char', length: 64 })
  signatureHash: string;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
