import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, forbidden, notFound } from '../../core/graphql/errors.js';
import { CreditReadService } from '../credit/credit-read.service.js';
import type { PeriodInput, PeriodObject } from '../credit/dto/credit.objects.js';
import type { ResolvedPeriod } from '../credit/period.js';
import type { AuthorshipReportObject } from './dto/authorship-report.objects.js';
import { ENDORSEMENT_KINDS, REUSE_KINDS, countsByKind, reportCsv } from './report-csv.js';
import type { ReportCsvRow } from './report-csv.js';
import { mayReadTeamReport } from './report-access.js';
import { ReportRepository } from './report.repository.js';
import type { ReportMetrics, ReportPerson, TrendRow } from './report.repository.js';
import { byPerson, once } from './report-details.js';
import type { ReportDetails } from './report-details.js';
import type { PersonReportDocument } from './report-document.js';
import type { ReportTrendObject } from './dto/performance-report.objects.js';

export interface ReportRequest {
  userId?: string | null;
  teamId?: string | null;
  period: PeriodInput;
}

const TEAM = 'team';
/** The trend chart draws the period and this many before it. */
const TREND_PERIODS_BEFORE = 5;

/**
 * Authorship reports. Who may read one: a person their own; a manager of a team (team_managers) that team's report
 * and its members'; admins everyone's. An unknown person or team is NOT_FOUND.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly credit: CreditReadService,
  ) {}

  async authorshipReport(viewer: Viewer, request: ReportRequest): Promise<AuthorshipReportObject> {
    if (Boolean(request.userId) === Boolean(request.teamId)) {
      throw badInput(request.userId ? 'teamId' : 'userId', 'Give exactly one of userId and teamId.');
    }
    const period = this.credit.period(request.period.kind, request.period.at);
    const periodObject = await this.credit.periodObject(period);
    return request.userId
      ? this.personReport(viewer, request.userId, period, periodObject)
      : this.teamReport(viewer, request.teamId!, period, periodObject);
  }

  /** What the printed person report shows, read with the same rules as the query. */
  async personDocument(viewer: Viewer, userId: string, period: PeriodInput): Promise<PersonReportDocument> {
    const report = await this.authorshipReport(viewer, { userId, period });
    const person = (await this.reports.person(userId))!;
    const [trend, assets, comments, answers] = await Promise.all([
      report.details!.trend(userId),
      report.details!.assets(userId),
      report.details!.endorsementComments(userId),
      report.details!.acceptedAnswers(userId),
    ]);
    const { name, teamName } = person;
    return { name, teamName, report, trend, assets, comments, answers, generatedAt: new Date() };
  }

  private async personReport(
    viewer: Viewer,
    userId: string,
    period: ResolvedPeriod,
    periodObject: PeriodObject,
  ): Promise<AuthorshipReportObject> {
    const person = await this.reports.person(userId);
    if (!person) throw notFound('User');
    await this.credit.assertMayRead(viewer, userId);
    const [metrics, ranks] = await Promise.all([
      this.reports.metrics(new Map([[userId, [userId]]]), period),
      this.reports.personRanks([userId], period),
    ]);
    const details = this.details(viewer, [userId], period, null);
    return { ...personObject(person, metrics.get(userId)!, ranks.get(userId) ?? null, periodObject), details };
  }

  private async teamReport(
    viewer: Viewer,
    teamId: string,
    period: ResolvedPeriod,
    periodObject: PeriodObject,
  ): Promise<AuthorshipReportObject> {
    const team = await this.reports.team(teamId);
    if (!team) throw notFound('Team');
    if (!(await mayReadTeamReport(viewer, () => this.reports.manages(viewer.id, teamId)))) {
      throw forbidden("Team reports are for the team's managers and admins.");
    }
    const members = await this.reports.members(teamId);
    const ids = members.map((m) => m.id);
    // The team and each member in one statement: the team's distinct counts, the members' own.
    const subjects = new Map<string, string[]>([[TEAM, ids], ...ids.map((id): [string, string[]] => [id, [id]])]);
    const [metrics, ranks, teamRank] = await Promise.all([
      this.reports.metrics(subjects, period),
      this.reports.personRanks(ids, period),
      this.reports.teamRank(teamId, period),
    ]);
    const details = this.details(viewer, ids, period, teamId);
    const memberReports = members.map((m) => ({
      ...personObject(m, metrics.get(m.id)!, ranks.get(m.id) ?? null, periodObject),
      details,
    }));
    return {
      ...fields(metrics.get(TEAM)!),
      period: periodObject,
      rank: teamRank,
      csv: reportCsv(members.map((m) => csvRow(m, metrics.get(m.id)!, ranks.get(m.id) ?? null, periodObject))),
      members: memberReports,
      userId: null,
      teamId,
      details,
    };
  }

  /** The trend, assets and comments of `userIds` as the viewer may see them, each read once for all of them. */
  private details(viewer: Viewer, userIds: string[], period: ResolvedPeriod, teamId: string | null): ReportDetails {
    const periods = this.trendPeriods(period);
    const trend = once(async () =>
      byPerson(
        await this.reports.trend(
          userIds,
          period.kind,
          periods.map((p) => p.from),
        ),
      ),
    );
    const assets = once(async () => byPerson(await this.reports.assets(viewer, userIds, period)));
    const comments = once(async () => byPerson(await this.reports.endorsementComments(viewer, userIds, period)));
    const answers = once(async () => byPerson(await this.reports.acceptedAnswers(userIds, period)));
    const flow = once(() => (teamId ? this.reports.knowledgeFlow(teamId, period) : Promise.resolve([])));
    return {
      trend: async (userId) => trendObject(periods, (await trend()).get(userId) ?? []),
      assets: async (userId) =>
        ((await assets()).get(userId) ?? []).map(({ userId: _person, reuses, ...asset }) => ({
          ...asset,
          reuses: countsByKind(REUSE_KINDS, reuses),
        })),
      endorsementComments: async (userId) =>
        ((await comments()).get(userId) ?? []).map(({ userId: _person, ...comment }) => comment),
      acceptedAnswers: async (userId) =>
        ((await answers()).get(userId) ?? []).map(({ userId: _person, ...answer }) => answer),
      knowledgeFlow: flow,
    };
  }

  /** The period and those of the same kind before it, oldest first (all time has none before it). */
  private trendPeriods(period: ResolvedPeriod): ResolvedPeriod[] {
    const periods = [period];
    while (period.kind !== 'ALL_TIME' && periods.length <= TREND_PERIODS_BEFORE) {
      const before = new Date(periods[0].from.getTime() - 1);
      if (before.getUTCFullYear() < 1970) break;
      periods.unshift(this.credit.period(period.kind, before));
    }
    return periods;
  }
}

function trendObject(periods: ResolvedPeriod[], rows: TrendRow[]): ReportTrendObject {
  const byStart = new Map(rows.map((r) => [new Date(r.start).getTime(), r]));
  const points = periods.map((p) => {
    const row = byStart.get(p.from.getTime());
    return {
      label: p.label,
      from: p.kind === 'ALL_TIME' ? null : p.from,
      credit: row?.credit ?? 0,
      teamMedian: row?.teamMedian ?? null,
    };
  });
  const current = points[points.length - 1];
  const previous = points.length > 1 ? points[points.length - 2] : null;
  return {
    credit: current.credit,
    previousCredit: previous ? previous.credit : null,
    change: previous ? current.credit - previous.credit : null,
    teamMedian: current.teamMedian,
    points,
  };
}

function personObject(
  person: ReportPerson,
  metrics: ReportMetrics,
  rank: number | null,
  period: PeriodObject,
): AuthorshipReportObject {
  return {
    ...fields(metrics),
    period,
    rank,
    csv: reportCsv([csvRow(person, metrics, rank, period)]),
    members: null,
    userId: person.id,
    teamId: null,
  };
}

function csvRow(person: ReportPerson, metrics: ReportMetrics, rank: number | null, period: PeriodObject): ReportCsvRow {
  return { period: period.label, team: person.teamName, userId: person.id, name: person.name, rank, metrics };
}

function fields(m: ReportMetrics) {
  return {
    credit: m.credit,
    assetsAuthored: m.assetsAuthored,
    reusesReceived: countsByKind(REUSE_KINDS, m.reusesReceived),
    uniqueReusers: m.uniqueReusers,
    teamsReached: m.teamsReached,
    endorsementsReceived: countsByKind(ENDORSEMENT_KINDS, m.endorsementsReceived),
    derivedAssets: m.derivedAssets,
    wonDealsInfluenced: m.wonDealsInfluenced,
    wonAmountInfluenced: m.wonAmountInfluenced,
    engagement: { sharing: m.sharing, participating: m.participating, contributing: m.contributing },
  };
}
