import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
}
