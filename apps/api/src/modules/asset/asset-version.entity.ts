import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import type { AssetContent, AssetContentField } from './asset-content.js';
import { AssetEntity, Visibility } from './asset.entity.js';

export enum VersionChange {
  CREATED = 'CREATED',
  EDITED = 'EDITED',
  AUTHORS_CHANGED = 'AUTHORS_CHANGED',
}

/** What a version keeps: the asset's content, kind and authors at that point, as stored (enums as text). */
export type VersionSnapshot = {
  [F in AssetContentField]: AssetContent[F] extends string[]
    ? string[]
    : AssetContent[F] extends string
      ? string
      : AssetContent[F];
} & {
  kind: string;
  authors: { userId: string; role: string; share: number }[];
};

/** One immutable version of an asset: what it said and who authored it, and who made the change. */
@Entity('asset_versions')
@Unique('UQ_asset_versions_asset_version', ['assetId', 'version'])
export class AssetVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @ManyToOne(() => AssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_asset_versions_asset' })
  asset: Relation<AssetEntity>;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: VersionChange, enumName: 'asset_version_change' })
  change: VersionChange;

  @Column({ type: 'jsonb' })
  snapshot: VersionSnapshot;

  /** Who may read this version: the asset's visibility when it was made (see visibleVersions). */
  @Column({ type: 'enum', enum: Visibility, enumName: 'asset_visibility' })
  visibility: Visibility;

  @Column({ name: 'edited_by', type: 'uuid' })
  editedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edited_by', foreignKeyConstraintName: 'FK_asset_versions_edited_by' })
  editedBy: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
