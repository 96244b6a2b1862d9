import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TeamEntity } from '../team.entity.js';

@ObjectType('Team', { description: 'A regional office or segment; its managers see its reports.' })
export class TeamObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

export const toTeamObject = (team: TeamEntity): TeamObject => ({ id: team.id, name: team.name });
