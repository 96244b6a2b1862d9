import { Field, ObjectType } from '@nestjs/graphql';
import { AssetObject } from '../../asset/dto/asset.object.js';
import { DealObject } from '../../deal/dto/deal.object.js';
import { UserObject } from '../../user/dto/user.object.js';

@ObjectType('GlobalSearchResult', {
  description: 'What the header search found, by kind, best match first in each; every list is at most `first` long.',
})
export class GlobalSearchResultObject {
  @Field(() => [AssetObject], {
    description:
      'Published assets the viewer may see (the same rule as `asset(id)`), by full-text relevance, then titles containing the text.',
  })
  assets: AssetObject[];

  @Field(() => [UserObject], {
    description:
      'People whose name, job title or team name contains the text (any case or accent), names starting with it first. Only active people, except for admins, who also find suspended and departed ones.',
  })
  people: UserObject[];

  @Field(() => [DealObject], {
    description:
      'Deals whose name or account name contains the text: every deal, as `deals` shows them; your own deals first, then open ones.',
  })
  deals: DealObject[];
}
