import type { ReuseKind } from '../../generated/graphql';
import { REUSE_KIND_DONE } from './reuse-labels';

export interface ReuseFeedbackInput {
  kind: ReuseKind;
  pointsAwarded: number;
  /** Whether the viewer authors the asset; null when not known. */
  isAuthor: boolean | null;
  /** What the policy gives for this kind before caps; null when not known. */
  policyPoints: number | null;
  /** This browser recorded the same reuse of the same asset within the repeat window. */
  repeatedRecently: boolean;
  repeatWindowHours: number;
}

export interface ReuseFeedback {
  title: string;
  message: string;
  color: string;
}

/** What a reuse earned the authors, or why it earned nothing, in one short toast. */
export function reuseFeedback(input: ReuseFeedbackInput): ReuseFeedback {
  const done = REUSE_KIND_DONE[input.kind];
  const window = `${input.repeatWindowHours} hours`;
  if (input.pointsAwarded > 0) {
    const heldBack = input.policyPoints !== null ? input.policyPoints - input.pointsAwarded : 0;
    return {
      title: `+${input.pointsAwarded} to the authors`,
      message:
        heldBack > 0
          ? `Recorded. A daily cap held back ${heldBack} of the ${input.policyPoints} points.`
          : `Recorded: you ${done}. Its authors are credited.`,
      color: 'teal',
    };
  }
  if (input.isAuthor) {
    return {
      title: 'Recorded, no credit',
      message: 'You author this asset: nobody earns credit from their own reuse.',
      color: 'gray',
    };
  }
  if (input.repeatedRecently) {
    return {
      title: 'Recorded, no credit',
      message: `You already ${done} in the last ${window}; a repeat earns nothing.`,
      color: 'gray',
    };
  }
  return {
    title: 'Recorded, no credit',
    message: `No credit this time: you already ${done} in the last ${window}, or you reached today's limit on what you can give these authors.`,
    color: 'gray',
  };
}

const STORAGE_KEY = 'byline.recentReuses';

type RecentReuses = Record<string, number>;

function readRecent(): RecentReuses {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof raw === 'object' && raw !== null ? (raw as RecentReuses) : {};
  } catch {
    return {};
  }
}

/** Whether this browser recorded the same reuse within the window (a hint only: other devices are not known). */
export function reusedRecently(assetId: string, kind: ReuseKind, windowHours: number, now = Date.now()): boolean {
  const at = readRecent()[`${assetId}:${kind}`];
  return typeof at === 'number' && now - at < windowHours * 60 * 60 * 1000;
}

export function rememberReuse(assetId: string, kind: ReuseKind, windowHours: number, now = Date.now()): void {
  const cutoff = now - windowHours * 60 * 60 * 1000;
  const kept = Object.fromEntries(
    Object.entries(readRecent()).filter(([, at]) => typeof at === 'number' && at > cutoff),
  );
  kept[`${assetId}:${kind}`] = now;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Storage can be unavailable; the hint is then simply missing.
  }
}
