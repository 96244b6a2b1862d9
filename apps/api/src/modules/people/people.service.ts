import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, notFound } from '../../core/graphql/errors.js';
import { mayReadCredit } from '../credit/credit-access.js';
import { CreditReadService } from '../credit/credit-read.service.js';
import { ReportRepository } from '../report/report.repository.js';
import { ReuseKind } from '../reuse/reuse-event.entity.js';
import { TeamService } from '../team/team.service.js';
import { UserService } from '../user/user.service.js';
import type { ExpertObject } from './dto/expert.object.js';
import { EngagementLevel } from './dto/person-profile.object.js';
import type {
  ExpertiseTermObject,
  PersonCreditObject,
  PersonExpertiseObject,
  PersonProfileObject,
} from './dto/person-profile.object.js';
import { PeopleRepository } from './people.repository.js';
import type { ExpertiseRow, TermKind } from './people.repository.js';

const PROFILE_ASSETS = 50;
const PROFILE_ENDORSEMENTS = 20;
const EXPERTISE_PER_KIND = 5;
const TOPIC_MAX = 100;
const EXPERTS_MAX = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Person profiles and "who to ask": the rules; the SQL (and its visibility filter) is the repository's. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly users: UserService,
    private readonly teams: TeamService,
    private readonly reports: ReportRepository,
    private readonly credit: CreditReadService,
  ) {}

  async profile(viewer: Viewer, userId: string): Promise<PersonProfileObject> {
    const person = UUID.test(userId) ? await this.users.find(userId) : null;
    if (!person) throw notFound('Person');
    const allTime = this.credit.period('ALL_TIME');
    const [authorships, reach, endorsements, expertise, metrics, credit] = await Promise.all([
      this.people.authorships(viewer, userId, PROFILE_ASSETS),
      this.people.reach(viewer, userId),
      this.people.endorsementsReceived(viewer, userId, PROFILE_ENDORSEMENTS),
      this.people.expertise(viewer, userId, EXPERTISE_PER_KIND),
      this.reports.metrics(new Map([[userId, [userId]]]), allTime),
      this.creditOf(viewer, userId, person.teamId),
    ]);
    // Sharing and participating are the report's (what they did themselves); contributing counts only the
    // published assets the viewer may see, so a private publication is not revealed.
    const { sharing, participating } = metrics.get(userId)!;
    const contributing = reach.published;
    return {
      id: person.id,
      person,
      assets: authorships.map((a) => ({ assetId: a.assetId, role: a.role, share: a.share })),
      assetCount: authorships[0]?.total ?? 0,
      reach: {
        reuses: Object.values(ReuseKind).map((kind) => ({ kind, count: reach.reuses[kind] ?? 0 })),
        shareLinkViews: reach.shareLinkViews,
        dealsUsedIn: reach.dealsUsedIn,
      },
      endorsements: endorsements.map(({ total: _total, ...e }) => e),
      endorsementCount: endorsements[0]?.total ?? 0,
      expertise: expertiseOf(expertise),
      engagement: { sharing, participating, contributing },
      engagementLevel: contributing
        ? EngagementLevel.CONTRIBUTING
        : participating
          ? EngagementLevel.PARTICIPATING
          : sharing
            ? EngagementLevel.SHARING
            : null,
      credit,
    };
  }

  /**
   * People to ask about a topic, best first (see `PeopleRepository.experts` for the ranking). Only active people
   * are suggested; the evidence is what the viewer may see. Reused for routing questions to experts.
   */
  async experts(viewer: Viewer, topic: string, first = 5): Promise<ExpertObject[]> {
    const term = topic.trim();
    if (!term || term.length > TOPIC_MAX) throw badInput('topic', `Give a topic of 1 to ${TOPIC_MAX} characters.`);
    if (!Number.isInteger(first) || first < 1 || first > EXPERTS_MAX) {
      throw badInput('first', `Ask for 1 to ${EXPERTS_MAX} experts.`);
    }
    const pattern = `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.people.experts(viewer, term, pattern, first);
    return rows.map((r) => ({
      userId: r.userId,
      score: r.score,
      assetCount: r.assets,
      endorsementCount: r.endorsements,
      topAssetIds: r.topAssetIds,
    }));
  }

  private async creditOf(viewer: Viewer, userId: string, teamId: string | null): Promise<PersonCreditObject | null> {
    const readable = await mayReadCredit(viewer, userId, async () =>
      teamId ? (await this.teams.managerIds([teamId])).some((m) => m.userId === viewer.id) : false,
    );
    if (!readable) return null;
    const quarter = this.credit.period('QUARTER');
    const totals = await this.people.credit(userId, this.credit.period('ALL_TIME').from, quarter.from);
    return { allTime: totals.allTime, thisQuarter: totals.quarter, quarterLabel: quarter.label };
  }
}

function expertiseOf(rows: ExpertiseRow[]): PersonExpertiseObject {
  const of = (kind: TermKind): ExpertiseTermObject[] =>
    rows.filter((r) => r.kind === kind).map(({ value, assets, endorsements }) => ({ value, assets, endorsements }));
  return { industries: of('INDUSTRY'), buyerRoles: of('BUYER_ROLE'), products: of('PRODUCT') };
}
