import { AssetVersionEntity } from '../../modules/asset/asset-version.entity.js';
import { AssetEntity } from '../../modules/asset/asset.entity.js';
import { AttachmentEntity } from '../../modules/attachment/attachment.entity.js';
import { AuthorshipEntity } from '../../modules/authorship/authorship.entity.js';
import { FollowEntity } from '../../modules/follow/follow.entity.js';
import { TaxonomyTermEntity } from '../../modules/taxonomy/taxonomy-term.entity.js';
import { TeamEntity } from '../../modules/team/team.entity.js';
import { UserEntity } from '../../modules/user/user.entity.js';

export const ENTITIES = [
  UserEntity,
  TeamEntity,
  AssetEntity,
  AssetVersionEntity,
  AuthorshipEntity,
  AttachmentEntity,
  FollowEntity,
  TaxonomyTermEntity,
];
