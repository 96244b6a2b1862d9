/** A score from 0 to 1 as a whole number out of 100. */
export function scorePoints(score: number): number {
  return Math.max(0, Math.min(100, Math.round(score * 100)));
}
