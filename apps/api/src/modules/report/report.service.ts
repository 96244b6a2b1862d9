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
import type { ReportMetrics, ReportPerson } from './report.repository.js';

export interface ReportRequest {
  userId?: string | null;
  teamId?: string | null;
  period: PeriodInput;
}

const TEAM = 'team';

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
    return personObject(person, metrics.get(userId)!, ranks.get(userId) ?? null, periodObject);
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
    const memberReports = members.map((m) =>
      personObject(m, metrics.get(m.id)!, ranks.get(m.id) ?? null, periodObject),
    );
    return {
      ...fields(metrics.get(TEAM)!),
      period: periodObject,
      rank: teamRank,
      csv: reportCsv(members.map((m) => csvRow(m, metrics.get(m.id)!, ranks.get(m.id) ?? null, periodObject))),
      members: memberReports,
      userId: null,
      teamId,
    };
  }
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
