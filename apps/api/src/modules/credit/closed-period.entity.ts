import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { UserEntity } from '../user/user.entity.js';

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

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closed_by', foreignKeyConstraintName: 'FK_closed_periods_closed_by' })
  closedBy?: Relation<UserEntity>;
}
