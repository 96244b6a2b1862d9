import { isSupportedInstant, periodContaining } from '@byline/credit';
import type { PeriodKind } from '@byline/credit';
import { badInput } from '../../core/graphql/errors.js';

export interface ResolvedPeriod {
  kind: PeriodKind;
  from: Date;
  to: Date;
  label: string;
}

/** The period of `kind` containing `at` (default now); a period that has not started yet is refused. */
export function resolvePeriod(
  kind: PeriodKind,
  at: Date | undefined,
  fiscalYearStartMonth: number,
  now = new Date(),
): ResolvedPeriod {
  const when = at ?? now;
  if (Number.isNaN(when.getTime())) throw badInput('period.at', 'period.at is not a valid date');
  if (when.getTime() > now.getTime()) throw badInput('period.at', 'That period is in the future.');
  if (!isSupportedInstant(when)) throw badInput('period.at', 'period.at must be in 1970 or later.');
  return periodContaining(kind, when, fiscalYearStartMonth);
}
