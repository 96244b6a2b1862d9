import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WinLossReason', { description: 'One entry of the editable list of reasons deals are won or lost for.' })
export class WinLossReasonObject {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Position in the list, smallest first.' })
  sortOrder: number;

  @Field({ description: 'Archived reasons stay on the analyses that cite them but cannot be chosen again.' })
  archived: boolean;
}
