import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TeamEntity } from '../team.entity.js';

@ObjectType('Team', { description: 'A regional office or segment; its managers see its reports.' })
export class TeamObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('TeamViewerCan', { description: 'What the viewer may do with this team, so clients never guess.' })
export class TeamViewerCan {
  @Field({ description: "Read the team's authorship report and its members' (its managers and admins)." })
  readReport: boolean;
}

export const toTeamObject = (team: TeamEntity): TeamObject => ({ id: team.id, name: team.name });
