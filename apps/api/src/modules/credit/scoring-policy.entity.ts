import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ScoringPolicy } from '@byline/credit';

/** Admin-made policy versions (version 1 is the built-in default); the newest applies from its creation on. */
@Entity('scoring_policies')
export class ScoringPolicyEntity {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  policy: ScoringPolicy;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
