export interface WinLossTotals {
  won: number;
  lost: number;
  closed: number;
  winRate: number | null;
  wonAmount: number;
  lostAmount: number;
}

/** Totals over groups that partition the closed deals (every dimension does: each deal is in exactly one group). */
export function winLossTotals(
  groups: readonly { won: number; lost: number; wonAmount: number; lostAmount: number }[],
): WinLossTotals {
  const won = groups.reduce((sum, group) => sum + group.won, 0);
  const lost = groups.reduce((sum, group) => sum + group.lost, 0);
  const closed = won + lost;
  return {
    won,
    lost,
    closed,
    winRate: closed > 0 ? won / closed : null,
    wonAmount: groups.reduce((sum, group) => sum + group.wonAmount, 0),
    lostAmount: groups.reduce((sum, group) => sum + group.lostAmount, 0),
  };
}
