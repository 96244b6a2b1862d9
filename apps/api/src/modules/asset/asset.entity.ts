import {
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

export enum AssetKind {
  ENABLEMENT = 'ENABLEMENT',
  BEST_PRACTICE = 'BEST_PRACTICE',
  WIN_LOSS = 'WIN_LOSS',
  CLIENT_FACING = 'CLIENT_FACING',
}

export enum Visibility {
  ORG = 'ORG',
  TEAM = 'TEAM',
  PRIVATE = 'PRIVATE',
}

export enum AssetStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum JourneyPhase {
  AWARENESS = 'AWARENESS',
  BUYING = 'BUYING',
  IMPLEMENTATION = 'IMPLEMENTATION',
}

// Weighted full-text document: title (A) > summary (B) > body (C) > the text of its files (D). 'english' is spelt out
// so the expression is immutable.
export const ASSET_SEARCH_EXPRESSION =
  "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || " +
  "setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || " +
  "setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C') || " +
  "setweight(to_tsvector('english'::regconfig, coalesce(file_text, '')), 'D')";

export const ASSET_TITLE_SEARCH_EXPRESSION = "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')";

@Entity('assets')
@Index('IX_assets_published', ['status', 'publishedAt'])
// GIN indexes for full-text search and tag facets are created by the migration; TypeORM leaves them alone.
@Index('IX_assets_search', { synchronize: false })
@Index('IX_assets_title_search', { synchronize: false })
@Index('IX_assets_industries', { synchronize: false })
@Index('IX_assets_buyer_roles', { synchronize: false })
@Index('IX_assets_products', { synchronize: false })
@Index('IX_assets_tags', { synchronize: false })
export class AssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: AssetKind, enumName: 'asset_kind' })
  kind: AssetKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  summary: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: Visibility, enumName: 'asset_visibility' })
  visibility: Visibility;

  @Column({ type: 'enum', enum: AssetStatus, enumName: 'asset_status', default: AssetStatus.DRAFT })
  status: AssetStatus;

  /** The team the asset belongs to (its creator's at creation); TEAM visibility means this team. */
  @Index('IX_assets_team')
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_assets_team' })
  team: Relation<TeamEntity> | null;

  @Index('IX_assets_derived_from')
  @Column({ name: 'derived_from_id', type: 'uuid', nullable: true })
  derivedFromId: string | null;

  @ManyToOne(() => AssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'derived_from_id', foreignKeyConstraintName: 'FK_assets_derived_from' })
  derivedFrom: Relation<AssetEntity> | null;

  /** A template: its body (and DOCX attachment) holds placeholders a salesperson fills in for a deal. */
  @Column({ name: 'is_template', type: 'boolean', default: false })
  isTemplate: boolean;

  /** The current version number; every edit adds a row to asset_versions and bumps it (optimistic locking). */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  industries: string[];

  @Column({ name: 'buyer_roles', type: 'text', array: true, default: () => "'{}'" })
  buyerRoles: string[];

  @Column({
    name: 'journey_phases',
    type: 'enum',
    enum: JourneyPhase,
    enumName: 'journey_phase',
    array: true,
    default: () => "'{}'",
  })
  journeyPhases: JourneyPhase[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  products: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_assets_created_by' })
  createdBy: Relation<UserEntity>;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Reuses received, kept by the reuse write path for "most reused" sorting without a scan. */
  @Column({ name: 'reuse_count', type: 'int', default: 0 })
  reuseCount: number;

  /** The text of the asset's files, as the extraction job last read them (part of the search document). */
  @Column({ name: 'file_text', type: 'text', nullable: true, select: false })
  fileText: string | null;

  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: ASSET_SEARCH_EXPRESSION,
  })
  search: string;

  /** The title alone as a search document (its own GIN index picks title matches before ranking). */
  @Column({
    name: 'title_search',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: ASSET_TITLE_SEARCH_EXPRESSION,
  })
  titleSearch: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
