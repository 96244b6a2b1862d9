import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
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

/** Whether a person named as an author by someone else has said yes; people who name themselves have. */
export enum AuthorshipConsent {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
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

  @Column({
    type: 'enum',
    enum: AuthorshipConsent,
    enumName: 'authorship_consent',
    default: AuthorshipConsent.ACCEPTED,
  })
  consent: AuthorshipConsent;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_authorships_asset' })
  asset: Relation<AssetEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_authorships_user' })
  user: Relation<UserEntity>;
}

/**
 * A co-author who declined an asset: they left its authors (their share re-split among the others) and are named
 * again only by someone re-adding them, which tells them again.
 */
@Entity('authorship_declines')
export class AuthorshipDeclineEntity {
  @PrimaryColumn({ name: 'asset_id', type: 'uuid', primaryKeyConstraintName: 'PK_authorship_declines' })
  assetId: string;

  @Index('IX_authorship_declines_user')
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_authorship_declines' })
  userId: string;

  /** The role and share they declined. */
  @Column({ type: 'enum', enum: AuthorRole, enumName: 'author_role' })
  role: AuthorRole;

  @Column({ type: 'smallint' })
  share: number;

  @CreateDateColumn({ name: 'declined_at', type: 'timestamptz' })
  declinedAt: Date;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'FK_authorship_declines_asset' })
  asset: Relation<AssetEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_authorship_declines_user' })
  user: Relation<UserEntity>;
}
