import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, forbidden, notFound } from '../../core/graphql/errors.js';
import { Role } from '../user/user.entity.js';
import type { KnowledgeFlowArgs } from './dto/knowledge-flow.args.js';
import { KNOWLEDGE_FLOW_LIMITS } from './dto/knowledge-flow.args.js';
import { KnowledgeFlowScope } from './dto/knowledge-flow.object.js';
import type { FirstReuseTimeObject, KnowledgeFlowObject } from './dto/knowledge-flow.object.js';
import { KnowledgeFlowRepository } from './knowledge-flow.repository.js';
import type { FirstReuseRow, FlowScope } from './knowledge-flow.repository.js';
import { resolveFlowPeriod } from './knowledge-flow.util.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the viewer reads the whole organisation's flow (else only the teams they manage). */
export const readsWholeOrganisation = (viewer: Viewer) => viewer.role === Role.ADMIN || viewer.role === Role.ENABLEMENT;

/**
 * The knowledge-flow dashboard. Enablement and admins read the whole organisation; a manager reads the teams they
 * manage (team_managers): the flows from or to those teams, and those teams' dead content, content gaps, adoption
 * and time to first reuse. Members are refused by the resolver's permission.
 */
@Injectable()
export class KnowledgeFlowService {
  constructor(private readonly flow: KnowledgeFlowRepository) {}

  async dashboard(viewer: Viewer, args: KnowledgeFlowArgs, now = new Date()): Promise<KnowledgeFlowObject> {
    const period = resolveFlowPeriod(args.from, args.to, now);
    if ('field' in period) throw badInput(period.field, period.message);
    const first = args.first ?? KNOWLEDGE_FLOW_LIMITS.defaultDeadAssets;
    if (!Number.isInteger(first) || first < 1 || first > KNOWLEDGE_FLOW_LIMITS.first) {
      throw badInput('first', `first must be between 1 and ${KNOWLEDGE_FLOW_LIMITS.first}.`);
    }

    const teams = await this.flow.teams();
    const whole = readsWholeOrganisation(viewer);
    const managed = whole ? null : await this.flow.managedTeamIds(viewer.id);
    let teamIds: string[] | null = managed;
    let scopeKind = whole ? KnowledgeFlowScope.ORGANISATION : KnowledgeFlowScope.MANAGED_TEAMS;
    if (args.teamId) {
      if (!UUID.test(args.teamId) || !teams.some((t) => t.id === args.teamId)) throw notFound('Team');
      if (managed && !managed.includes(args.teamId)) {
        throw forbidden('Managers read the knowledge flow of the teams they manage.');
      }
      teamIds = [args.teamId];
      scopeKind = KnowledgeFlowScope.TEAM;
    }
    const scope: FlowScope = { ...period, teamIds };

    // One after the other: the embedded database runs one statement at a time anyway.
    const reuseMatrix = await this.flow.reuseMatrix(scope);
    const deadCounts = await this.flow.deadCounts(scope);
    const deadAssets = await this.flow.deadAssets(viewer, scope, first);
    const contentGaps = await this.flow.contentGaps(scope, KNOWLEDGE_FLOW_LIMITS.contentGaps);
    const adoption = await this.flow.adoption(scope);
    const firstReuse = await this.flow.firstReuse(scope);

    const inScope = (id: string) => teamIds === null || teamIds.includes(id);
    const shown = new Set(reuseMatrix.flatMap((c) => [c.reusingTeamId, c.authoringTeamId]));
    return {
      ...period,
      scope: scopeKind,
      teams: teams
        .filter((t) => inScope(t.id) || shown.has(t.id))
        .map((t) => ({ id: t.id, name: t.name, inScope: inScope(t.id) })),
      reuseMatrix,
      deadContent: {
        total: deadCounts.reduce((sum, c) => sum + c.count, 0),
        byTeamAndKind: deadCounts,
        assets: deadAssets,
      },
      contentGaps,
      adoption,
      timeToFirstReuse: firstReuse.map(firstReuseObject),
    };
  }
}

function firstReuseObject(row: FirstReuseRow): FirstReuseTimeObject {
  return {
    kind: row.kind,
    published: row.published,
    reused: row.reused,
    medianDays: row.medianDays === null ? null : Math.round(row.medianDays * 10) / 10,
    bands: [
      { label: 'under 1 day', count: row.withinDay },
      { label: '1–7 days', count: row.withinWeek },
      { label: '7–30 days', count: row.withinMonth },
      { label: '30–90 days', count: row.withinQuarter },
      { label: '90 days or more', count: row.later },
    ],
  };
}
