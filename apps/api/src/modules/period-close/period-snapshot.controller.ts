import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../core/auth/permissions.decorator.js';
import { badInput } from '../../core/graphql/errors.js';
import { Role } from '../user/user.entity.js';
import { PeriodCloseService } from './period-close.service.js';

/** A closed quarter's snapshot, byte for byte as kept at close, so anyone can check it against its digest. */
@Controller()
export class PeriodSnapshotController {
  constructor(private readonly periods: PeriodCloseService) {}

  @Get('periods/:start/snapshot.json')
  @Roles(Role.ADMIN, Role.MANAGER)
  async download(@Param('start') start: string, @Res() reply: FastifyReply): Promise<void> {
    const { label, snapshot, digest } = await this.periods.snapshotOf(parseStart(start));
    await reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="byline-${label.replace(/[^A-Za-z0-9]+/g, '-')}.json"`)
      .header('etag', `"${digest}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(snapshot, 'utf8'));
  }
}

/** The quarter's start: a date (2019-01-01, read as UTC midnight) or a full ISO 8601 instant. */
function parseStart(start: string): Date {
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(start) ? `${start}T00:00:00.000Z` : start);
  if (Number.isNaN(at.getTime())) {
    throw badInput('start', 'start must be the date a closed quarter starts on, e.g. 2019-01-01.');
  }
  return at;
}
