// How the credit ledger's reasons and caps read in the app. The API's `explanation` carries the full sentence; these
// are the short forms for badges and markers.

interface ReasonStyle {
  label: string;
  color: string;
}

const REASONS: Record<string, ReasonStyle> = {
  PUBLISHED: { label: 'Published', color: 'indigo' },
  REUSED_COPY: { label: 'Copied', color: 'blue' },
  SHARED_WITH_CUSTOMER: { label: 'Shared with customer', color: 'cyan' },
  SHARE_LINK_VIEWED: { label: 'Buyer viewed a share link', color: 'cyan' },
  USED_IN_DEAL: { label: 'Used in deal', color: 'teal' },
  ADAPTED: { label: 'Adapted', color: 'violet' },
  TEMPLATE_PERSONALISED: { label: 'Template personalised', color: 'violet' },
  DEAL_WON: { label: 'Deal won', color: 'green' },
  ENDORSED_HELPFUL: { label: 'Endorsed helpful', color: 'yellow' },
  ENDORSED_HELPED_WIN: { label: 'Helped win', color: 'orange' },
  ENDORSED_VERIFIED: { label: 'Verified', color: 'lime' },
  ANSWER_ACCEPTED: { label: 'Answer accepted', color: 'pink' },
  LINEAGE: { label: 'From an adaptation', color: 'grape' },
  REVERSAL: { label: 'Taken back', color: 'red' },
};

/** A reason the app does not know yet still gets a readable badge. */
export function creditReasonStyle(reason: string): ReasonStyle {
  const known = REASONS[reason];
  if (known) {
    return known;
  }
  const words = reason.toLowerCase().replace(/_/g, ' ');
  return { label: words.charAt(0).toUpperCase() + words.slice(1), color: 'gray' };
}

const CAPS: Record<string, string> = {
  ACTOR_BENEFICIARY_DAILY_CAP: 'Daily limit on what one person can give another',
  ENDORSEMENT_DAILY_CAP: 'Daily limit on credit from endorsements',
  PUBLICATION_DAILY_CAP: 'Daily limit on credited publications',
};

export function creditCapLabel(cap: string): string {
  return CAPS[cap] ?? cap;
}

/** "+4", "−4", "0": the sign always shows, with a true minus sign. */
export function formatPoints(points: number): string {
  if (points > 0) {
    return `+${points.toLocaleString()}`;
  }
  if (points < 0) {
    return `\u2212${Math.abs(points).toLocaleString()}`;
  }
  return '0';
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
