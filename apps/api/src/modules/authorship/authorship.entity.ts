import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { AssetEntity } from '../asset/asset.entity.js';
import { UserEntity } from '../user/user.entity.js';

export enum AuthorRole {
  LEAD_AUTHOR = 'LEAD_AUTHOR',
  CO_AUTHOR = 'CO_AUTHOR',
  ADAPTER = 'ADAPTER',
  SUBJECT_MATTER_EXPERT = 'SUBJECT_MATTER_EXPERT',
  REVIEWER = 'REVIEWER',
}

/** Who authored an asset and their whole-percent share; shares per asset sum to 100 (checked at commit). */
@Entity('authorships')
@Check('CHK_authorships_share', 'share BETWEEN 1 AND 100')
export class AuthorshipEntity {
  @PrimaryColumn({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @Index('IX_authorships_user')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'enum', enum: AuthorRole, enumName: 'author_role' })
  role: AuthorRole;

  @Column({ type: 'smallint' })
  share: number;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_authorships_asset' })
  asset: Relation<AssetEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_authorships_user' })
  user: Relation<UserEntity>;
}
