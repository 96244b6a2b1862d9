import type { WinLossDimension } from '../../generated/graphql';

export const COLLAPSED_GROUPS = 12;

interface Closed {
  key: string;
  won: number;
  lost: number;
}

/**
 * The groups a chart draws: those with closed deals; when collapsed, the `limit` with the most closed deals (so a
 * 100% from two deals does not crowd out the groups that matter). Quarters are never cut: they are a time line.
 */
export function chartGroups<T extends Closed>(
  groups: readonly T[],
  dimension: WinLossDimension,
  showAll: boolean,
  limit = COLLAPSED_GROUPS,
): { shown: T[]; hidden: number } {
  const closed = groups.filter((group) => group.won + group.lost > 0);
  if (showAll || dimension === 'QUARTER' || closed.length <= limit) {
    return { shown: closed, hidden: 0 };
  }
  const biggest = [...closed]
    .sort((a, b) => b.won + b.lost - (a.won + a.lost) || a.key.localeCompare(b.key))
    .slice(0, limit);
  return { shown: biggest, hidden: closed.length - limit };
}

/** Bar height per group and the room around the bars. */
export function barChartHeight(count: number, perBar = 30): number {
  return Math.max(160, count * perBar + 48);
}

/** Room for the longest label on a horizontal bar chart's category axis. */
export function labelAxisWidth(labels: readonly string[], min = 72, max = 200): number {
  const longest = labels.reduce((length, label) => Math.max(length, label.length), 0);
  return Math.min(max, Math.max(min, Math.round(longest * 7.2 + 24)));
}
