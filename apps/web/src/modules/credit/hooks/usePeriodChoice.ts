import { useCallback, useMemo } from 'react';
import { useUrlParams } from '../../../core/useUrlParams';
import type { PeriodKind } from '../../../generated/graphql';
import { periodChoiceParams, readPeriodChoice, toPeriodInput } from '../credit-period';
import type { PeriodChoice } from '../credit-period';

/** The period a page shows, kept in its URL. */
export function usePeriodChoice(fallback?: PeriodKind) {
  const { values: choice, update } = useUrlParams((params) => readPeriodChoice(params, fallback), { replace: true });
  const { kind, at } = choice;
  const periodInput = useMemo(() => toPeriodInput({ kind, at }), [kind, at]);

  const setChoice = useCallback((next: PeriodChoice) => update(periodChoiceParams(next)), [update]);

  return { choice, periodInput, setChoice };
}
