import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { TeamEntity } from '../team/team.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { AccountEntity } from './account.entity.js';

export enum DealOutcome {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}

/** Longest values a deal keeps; imports and the webhook report longer ones instead of cutting them. */
export const DEAL_LIMITS = { externalId: 100, name: 200, product: 120, stage: 60, competitor: 120 } as const;

/** An opportunity from the CRM, upserted by its CRM id. */
@Entity('deals')
// A closed deal has a close date and an open one has none; amounts are never negative; nothing closes before it began.
@Check('CHK_deals_closed_at', `(outcome = 'OPEN') = (closed_at IS NULL)`)
@Check('CHK_deals_amount', `amount >= 0`)
@Check('CHK_deals_cycle', `engaged_at <= closed_at`)
export class DealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_deals_external_id', { unique: true })
  @Column({ name: 'external_id', type: 'varchar', length: DEAL_LIMITS.externalId })
  externalId: string;

  @Column({ type: 'varchar', length: DEAL_LIMITS.name })
  name: string;

  @Index('IX_deals_account')
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_deals_account' })
  account: Relation<AccountEntity> | null;

  @Index('IX_deals_owner')
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'FK_deals_owner' })
  owner: Relation<UserEntity> | null;

  @Index('IX_deals_team')
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_deals_team' })
  team: Relation<TeamEntity> | null;

  @Column({ type: 'varchar', length: DEAL_LIMITS.product, nullable: true })
  product: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  amount: string | null;

  /** The CRM's own stage name, as given ("Engaging", "Closed Won"). */
  @Column({ type: 'varchar', length: DEAL_LIMITS.stage, nullable: true })
  stage: string | null;

  @Column({ type: 'enum', enum: DealOutcome, enumName: 'deal_outcome', default: DealOutcome.OPEN })
  outcome: DealOutcome;

  @Column({ type: 'varchar', length: DEAL_LIMITS.competitor, nullable: true })
  competitor: string | null;

  @Column({ name: 'engaged_at', type: 'timestamptz', nullable: true })
  engagedAt: Date | null;

  @Index('IX_deals_closed_at')
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The signature time of the last webhook delivery applied to the deal; an older delivery changes nothing. */
  @Column({ name: 'webhook_sent_at', type: 'timestamptz', nullable: true })
  webhookSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
