import { TeamEntity } from '../../modules/team/team.entity.js';
import { UserEntity } from '../../modules/user/user.entity.js';

export const ENTITIES = [UserEntity, TeamEntity];
