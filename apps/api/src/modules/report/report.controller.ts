import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { PeriodKind } from '@byline/credit';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, notFound } from '../../core/graphql/errors.js';
import type { PeriodInput } from '../credit/dto/credit.objects.js';
import { personReportHtml } from './report-document.js';
import { PdfUnavailableError, ReportPdfRenderer } from './report-pdf.js';
import { ReportService } from './report.service.js';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(pdf|csv)$/i;
const KINDS: readonly string[] = ['WEEK', 'MONTH', 'QUARTER', 'YEAR', 'ALL_TIME'] satisfies readonly PeriodKind[];

/**
 * Reports as files, with the same rules as the `authorshipReport` query: `/reports/person/<id>.pdf|csv` and
 * `/reports/team/<id>.csv`, for the period `?kind=QUARTER&at=<instant>` (kind defaults to QUARTER, at to now).
 */
@Controller('reports')
export class ReportController {
  constructor(
    private readonly reports: ReportService,
    private readonly pdf: ReportPdfRenderer,
  ) {}

  @Get('person/:file')
  @Authenticated()
  async person(
    @CurrentViewer() viewer: Viewer,
    @Param('file') file: string,
    @Query('kind') kind: string | undefined,
    @Query('at') at: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [id, format] = parseFile(file);
    const period = parsePeriod(kind, at);
    if (format === 'csv') {
      const report = await this.reports.authorshipReport(viewer, { userId: id, period });
      return send(reply, 'text/csv; charset=utf-8', `byline-report-${report.period.label}.csv`, report.csv);
    }
    const doc = await this.reports.personDocument(viewer, id, period);
    let pdf: Buffer;
    try {
      pdf = await this.pdf.render(personReportHtml(doc));
    } catch (error) {
      if (!(error instanceof PdfUnavailableError)) throw error;
      await reply
        .status(503)
        .header('cache-control', 'no-store')
        .send({
          message:
            'This server cannot print PDFs (no Chromium). Open the print view of the report and print it from the browser.',
          printPath: `/reports/print?person=${id}`,
        });
      return;
    }
    return send(reply, 'application/pdf', `byline-${doc.name}-${doc.report.period.label}.pdf`, pdf);
  }

  @Get('team/:file')
  @Authenticated()
  async team(
    @CurrentViewer() viewer: Viewer,
    @Param('file') file: string,
    @Query('kind') kind: string | undefined,
    @Query('at') at: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [id, format] = parseFile(file);
    if (format !== 'csv') throw notFound('Report');
    const report = await this.reports.authorshipReport(viewer, { teamId: id, period: parsePeriod(kind, at) });
    return send(reply, 'text/csv; charset=utf-8', `byline-team-report-${report.period.label}.csv`, report.csv);
  }
}

function parseFile(file: string): [string, 'pdf' | 'csv'] {
  const match = FILE.exec(file);
  if (!match) throw notFound('Report');
  return [match[1].toLowerCase(), match[2].toLowerCase() as 'pdf' | 'csv'];
}

function parsePeriod(kind: string | undefined, at: string | undefined): PeriodInput {
  const k = (kind ?? 'QUARTER').toUpperCase();
  if (!KINDS.includes(k)) throw badInput('kind', `kind must be one of ${KINDS.join(', ')}.`);
  if (at === undefined || at === '') return { kind: k as PeriodInput['kind'] };
  const when = new Date(at);
  if (at.length > 40 || Number.isNaN(when.getTime())) throw badInput('at', 'at must be an ISO 8601 date or instant.');
  return { kind: k as PeriodInput['kind'], at: when };
}

async function send(reply: FastifyReply, type: string, name: string, body: string | Buffer): Promise<void> {
  const safe = name.replace(/[^A-Za-z0-9.]+/g, '-');
  await reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${safe}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(body);
}
