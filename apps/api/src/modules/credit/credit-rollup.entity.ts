import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { UserEntity } from '../user/user.entity.js';

/** Per-person totals per metric and period, kept in the same transaction as the ledger; leaderboards read these. */
@Entity('credit_rollups')
@Index('IX_credit_rollups_rank', ['metric', 'periodKind', 'periodStart', 'value'])
export class CreditRollupEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  metric: string;

  @PrimaryColumn({ name: 'period_kind', type: 'varchar', length: 10 })
  periodKind: string;

  @PrimaryColumn({ name: 'period_start', type: 'timestamptz' })
  periodStart: Date;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'bigint', default: 0 })
  value: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_credit_rollups_user' })
  user?: Relation<UserEntity>;
}
