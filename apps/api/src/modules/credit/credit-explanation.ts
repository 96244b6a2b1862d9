const REASONS: Record<string, string> = {
  PUBLISHED: 'published an asset',
  REUSED_COPY: 'copied an asset',
  SHARED_WITH_CUSTOMER: 'shared an asset with a customer',
  USED_IN_DEAL: 'used an asset in a deal',
  ADAPTED: 'published an adaptation of an asset',
  DEAL_WON: 'won a deal that used an asset',
  ENDORSED_HELPFUL: 'endorsed an asset as helpful',
  ENDORSED_HELPED_WIN: 'endorsed an asset as having helped win',
  ENDORSED_VERIFIED: 'verified an asset',
};

const CAPS: Record<string, string> = {
  ACTOR_BENEFICIARY_DAILY_CAP: 'the daily limit one person can give another',
  ENDORSEMENT_DAILY_CAP: 'the daily limit on endorsement credit',
  PUBLICATION_DAILY_CAP: 'the daily limit on credited publications',
};

/** One sentence for a statement line: who did what, why this share of it, and any cap. */
export function explainEntry(e: {
  points: number;
  reason: string;
  sourceReason: string;
  generation: number;
  capped: { cap: string; grossPoints: number } | null;
  actorName: string;
}): string {
  const pts = `${e.points} point${Math.abs(e.points) === 1 ? '' : 's'}`;
  if (e.reason === 'REVERSAL') return `${pts}: ${e.actorName} withdrew an endorsement, so its credit is reversed.`;
  const what = REASONS[e.sourceReason] ?? e.sourceReason.toLowerCase();
  let text =
    e.reason === 'LINEAGE'
      ? `${pts}: ${e.actorName} ${what} adapted from yours; ${e.generation === 1 ? 'its parent' : `an ancestor ${e.generation} generations up`} receives a share.`
      : e.reason === 'PUBLISHED'
        ? `${pts}: your share of publishing an asset.`
        : `${pts}: ${e.actorName} ${what} you author (your share).`;
  if (e.capped) text += ` Limited from ${e.capped.grossPoints} by ${CAPS[e.capped.cap] ?? e.capped.cap}.`;
  return text;
}
