import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { GlobalSearchArgs } from './dto/global-search.args.js';
import { GlobalSearchResultObject } from './dto/global-search-result.object.js';
import { SearchService } from './search.service.js';

@Resolver(() => GlobalSearchResultObject)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => GlobalSearchResultObject, {
    description:
      'The header search: assets, people and deals matching the text, a few of each. Any signed-in user; each kind shows only what its own queries would.',
  })
  @Authenticated()
  globalSearch(@Args() args: GlobalSearchArgs, @CurrentViewer() viewer: Viewer): Promise<GlobalSearchResultObject> {
    return this.searchService.globalSearch(viewer, args.query, args.first ?? 5);
  }
}
