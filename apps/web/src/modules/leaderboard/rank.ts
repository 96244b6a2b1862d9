/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 21 → "21st", 111 → "111th". */
export function formatOrdinal(n: number): string {
  const whole = Math.trunc(n);
  const lastTwo = Math.abs(whole) % 100;
  const last = Math.abs(whole) % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${whole.toLocaleString()}${suffix}`;
}

/** A place on a board as people say it: "3rd of 14"; "joint 3rd of 14" when tied. */
export function formatRank(rank: number, size: number, tied = false): string {
  return `${tied ? 'joint ' : ''}${formatOrdinal(rank)} of ${size.toLocaleString()}`;
}
