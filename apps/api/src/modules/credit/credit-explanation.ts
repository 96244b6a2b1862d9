// "{asset}" stands for the asset whose authorship earned the points.
const REASONS: Record<string, string> = {
  REUSED_COPY: 'copied {asset}',
  SHARED_WITH_CUSTOMER: 'shared {asset} with a customer',
  SHARE_LINK_VIEWED: 'shared {asset} with a buyer through a link the buyer then viewed',
  USED_IN_DEAL: 'used {asset} in a deal',
  ADAPTED: 'published an adaptation of {asset}',
  TEMPLATE_PERSONALISED: 'personalised {asset}, a template, for a deal',
  DEAL_WON: 'won a deal that used {asset}',
  ENDORSED_HELPFUL: 'endorsed {asset} as helpful',
  ENDORSED_HELPED_WIN: 'endorsed {asset} as having helped win a deal',
  ENDORSED_VERIFIED: 'verified {asset}',
};

const CAPS: Record<string, string> = {
  ACTOR_BENEFICIARY_DAILY_CAP: 'the daily limit one person can give another',
  ENDORSEMENT_DAILY_CAP: 'the daily limit on endorsement credit',
  PUBLICATION_DAILY_CAP: 'the daily limit on credited publications',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Dec 2026 10:02 UTC": the same on every server, whatever its locale and time zone. */
function utcMinute(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()} ` +
    `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`
  );
}

/**
 * What an event's credit rests on, as a sentence, from the evidence stored with it; null when it has none. A buyer
 * session's event happens when the session starts, so its time is the session's start.
 */
export function describeEvidence(
  eventType: string,
  evidence: { shareLinkId?: string; shareSessionId?: string; attributionReviewId?: string } | null,
  occurredAt: Date,
): string | null {
  if (eventType === 'ADAPTED' && evidence?.attributionReviewId) {
    return `Enablement found in an attribution review (${utcMinute(occurredAt)}) that the asset copies yours and set it as its origin.`;
  }
  if (eventType !== 'SHARE_VIEWED' || !evidence?.shareSessionId) return null;
  return `A buyer viewed the share link (session started ${utcMinute(occurredAt)}).`;
}

/** One sentence for a statement line: who did what, why this share of it, any cap, and the evidence. */
export function explainEntry(e: {
  points: number;
  reason: string;
  sourceReason: string;
  generation: number;
  capped: { cap: string; grossPoints: number } | null;
  actorName: string;
  evidence?: string | null;
}): string {
  const pts = `${e.points} point${Math.abs(e.points) === 1 ? '' : 's'}`;
  if (e.reason === 'REVERSAL') {
    return e.sourceReason === 'DEAL_WON'
      ? `${pts}: a deal of ${e.actorName}'s that used an asset you author is no longer won, so its credit is reversed.`
      : `${pts}: ${e.actorName} withdrew an endorsement, so its credit is reversed.`;
  }
  const what = (asset: string) =>
    (REASONS[e.sourceReason] ?? `${e.sourceReason.toLowerCase()} {asset}`).replace('{asset}', asset);
  const ancestor = e.generation === 1 ? 'the asset it adapts' : `an asset ${e.generation} adaptations up`;
  let text =
    e.reason === 'LINEAGE'
      ? `${pts}: ${e.actorName} ${what('an adaptation of your work')}; ${ancestor}, which you author, receives a share.`
      : e.reason === 'PUBLISHED'
        ? `${pts}: your share of publishing an asset you author.`
        : e.reason === 'ANSWER_ACCEPTED'
          ? `${pts}: ${e.actorName} accepted your answer to their question.`
          : `${pts}: ${e.actorName} ${what('an asset you author')} (your share).`;
  if (e.capped) text += ` Limited from ${e.capped.grossPoints} by ${CAPS[e.capped.cap] ?? e.capped.cap}.`;
  if (e.evidence) text += ` Evidence: ${e.evidence.charAt(0).toLowerCase()}${e.evidence.slice(1)}`;
  return text;
}
