import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A closed (frozen) fiscal quarter with its leaderboard snapshot and the snapshot's SHA-256 digest. */
@Entity('closed_periods')
export class ClosedPeriodEntity {
  @PrimaryColumn({ name: 'period_start', type: 'timestamptz' })
  periodStart: Date;

  @Column({ name: 'period_end', type: 'timestamptz' })
  periodEnd: Date;

  @Column({ type: 'varchar', length: 40 })
  label: string;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt: Date;

  @Column({ name: 'closed_by', type: 'uuid' })
  closedById: string;

  /** Canonical JSON of the quarter's leaderboard at close. */
  @Column({ type: 'text' })
  snapshot: string;

  @Column({ type: 'char', length: 64 })
  digest: string;
}
