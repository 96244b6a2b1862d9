import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PeriodKind } from '../../../generated/graphql';
import { readPeriodChoice, toPeriodInput, writePeriodChoice } from '../credit-period';
import type { PeriodChoice } from '../credit-period';

/** The period a page shows, kept in its URL. */
export function usePeriodChoice(fallback?: PeriodKind) {
  const [params, setParams] = useSearchParams();
  const choice = readPeriodChoice(params, fallback);
  const { kind, at } = choice;
  const periodInput = useMemo(() => toPeriodInput({ kind, at }), [kind, at]);

  const setChoice = useCallback(
    (next: PeriodChoice) => setParams((current) => writePeriodChoice(current, next), { replace: true }),
    [setParams],
  );

  return { choice, periodInput, setChoice };
}
