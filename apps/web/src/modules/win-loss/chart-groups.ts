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
  return Math.min(max, Math.max(min, Math.round(longest * 7.6 + 30)));
}

const QUARTER_KEY = /^FY(\d{4}) Q([1-4])$/;
const MAX_TIMELINE_QUARTERS = 40;

/**
 * Quarters as a time line: the quarters between two with closed deals are put back (without a value), so a line
 * does not slope across years without data. Keys the API spells otherwise, or a span too long to draw, are left as
 * they are.
 */
export function quarterTimeline<T extends { key: string }>(groups: readonly T[]): { key: string; group: T | null }[] {
  const indexed = groups.map((group) => {
    const match = QUARTER_KEY.exec(group.key);
    return { group, at: match ? Number(match[1]) * 4 + Number(match[2]) - 1 : null };
  });
  if (indexed.length === 0 || indexed.some((entry) => entry.at === null)) {
    return groups.map((group) => ({ key: group.key, group }));
  }
  const byIndex = new Map(indexed.map((entry) => [entry.at as number, entry.group]));
  const first = Math.min(...byIndex.keys());
  const last = Math.max(...byIndex.keys());
  if (last - first + 1 > MAX_TIMELINE_QUARTERS) {
    return groups.map((group) => ({ key: group.key, group }));
  }
  const timeline: { key: string; group: T | null }[] = [];
  for (let at = first; at <= last; at += 1) {
    timeline.push({ key: `FY${Math.floor(at / 4)} Q${(at % 4) + 1}`, group: byIndex.get(at) ?? null });
  }
  return timeline;
}
