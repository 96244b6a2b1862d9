import { percentHalfUp } from './split.js';

/**
 * How `points` earned by an asset are shared along its ancestry: `ancestors` is how many generations up exist
 * (already limited to the policy's maximum). Each generation passes round(its amount × percent) half up to the
 * next one and keeps the rest; the last keeps all it receives. Element 0 is what the asset itself keeps.
 * The amounts always sum exactly to `points`.
 */
export function lineageAmounts(points: number, ancestors: number, percent: number): number[] {
  if (!Number.isSafeInteger(points) || points < 0) {
    throw new RangeError(`lineageAmounts: points must be a non-negative integer, got ${points}`);
  }
  const amounts: number[] = [];
  let reaching = points;
  for (let generation = 0; generation < ancestors; generation++) {
    const passedUp = percentHalfUp(reaching, percent);
    amounts.push(reaching - passedUp);
    reaching = passedUp;
  }
  amounts.push(reaching);
  return amounts;
}
