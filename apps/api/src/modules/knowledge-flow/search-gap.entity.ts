import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import type { TeamEntity } from '../team/team.entity.js';

/** A search that found no asset, counted per normalised text, day (UTC) and the searcher's team. */
@Entity('search_gaps')
@Unique('UQ_search_gaps_day_query_team', ['day', 'query', 'teamId'])
@Index('IX_search_gaps_team_day', ['teamId', 'day'])
export class SearchGapEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  query: string;

  @Column({ type: 'date' })
  day: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'int', default: 1 })
  count: number;

  @Column({ name: 'last_searched_at', type: 'timestamptz', default: () => 'now()' })
  lastSearchedAt: Date;

  @ManyToOne('TeamEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_search_gaps_team' })
  team?: Relation<TeamEntity>;
}
