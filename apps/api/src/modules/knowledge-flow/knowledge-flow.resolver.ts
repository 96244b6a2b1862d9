import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';
import { KnowledgeFlowArgs } from './dto/knowledge-flow.args.js';
import { KnowledgeFlowObject } from './dto/knowledge-flow.object.js';
import { KnowledgeFlowService } from './knowledge-flow.service.js';

@Resolver(() => KnowledgeFlowObject)
export class KnowledgeFlowResolver {
  constructor(private readonly flow: KnowledgeFlowService) {}

  @Query(() => KnowledgeFlowObject, {
    description:
      'The knowledge-flow dashboard for a period (default the last 90 days): reuse between teams, dead content, ' +
      'searches that found nothing, adoption by team and time to first reuse. Enablement and admins see the whole ' +
      'organisation; managers the teams they manage. Lists show only assets the viewer may see.',
  })
  @Roles(Role.MANAGER, Role.ENABLEMENT, Role.ADMIN)
  knowledgeFlow(@CurrentViewer() viewer: Viewer, @Args() args: KnowledgeFlowArgs): Promise<KnowledgeFlowObject> {
    return this.flow.dashboard(viewer, args);
  }
}
