import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { DealEntity } from './deal.entity.js';

/** How a deal change arrived: a CSV import (file or GraphQL), the signed CRM webhook, or a GraphQL deal write. */
export enum DealChangeSource {
  IMPORT = 'IMPORT',
  WEBHOOK = 'WEBHOOK',
  API = 'API',
}

/** The deal fields whose every change is audited. */
export const AUDITED_DEAL_FIELDS = ['outcome', 'amount', 'engagedAt', 'closedAt'] as const;
export type AuditedDealField = (typeof AUDITED_DEAL_FIELDS)[number];

/**
 * One change of a deal's outcome, amount or dates: who made it (a user, or nobody for the webhook), how, the value
 * before and after (as text; null when empty). Append-only: the database refuses UPDATE and DELETE.
 */
@Entity('deal_audit_entries')
@Index('IX_deal_audit_entries_deal', ['dealId', 'id'])
export class DealAuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @Column({ type: 'varchar', length: 20 })
  field: AuditedDealField;

  @Column({ type: 'varchar', length: 40, nullable: true })
  before: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  after: string | null;

  @Column({ type: 'enum', enum: DealChangeSource, enumName: 'deal_change_source' })
  source: DealChangeSource;

  /** The user who imported or wrote the change; null for the webhook. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @ManyToOne(() => DealEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'FK_deal_audit_entries_deal' })
  deal: Relation<DealEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_deal_audit_entries_actor' })
  actor: Relation<UserEntity>;
}
