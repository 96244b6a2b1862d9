import { formatPoints } from '../credit/credit-labels';

/** What someone did to earn you credit, as the middle of a sentence: "Tom Walker copied …". */
const DID: Record<string, string> = {
  PUBLISHED: 'published',
  REUSED_COPY: 'copied',
  SHARED_WITH_CUSTOMER: 'shared with a customer',
  SHARE_LINK_VIEWED: 'got a buyer to open a share link to',
  USED_IN_DEAL: 'used in a deal',
  ADAPTED: 'adapted',
  TEMPLATE_PERSONALISED: 'personalised for a deal the template',
  DEAL_WON: 'won a deal using',
  ENDORSED_HELPFUL: 'found helpful',
  ENDORSED_HELPED_WIN: 'says it helped win a deal:',
  ENDORSED_VERIFIED: 'verified',
  LINEAGE: 'reused an adaptation of',
  REVERSAL: 'withdrew an endorsement of',
};

export interface CreditNoticeText {
  title: string;
  message: string;
  color: string;
}

export function creditNoticeText(
  notice: { points: number; reason: string },
  actorName: string | null,
  assetTitle: string | null,
  viewerIsActor: boolean,
): CreditNoticeText {
  const who = viewerIsActor ? 'You' : (actorName ?? 'Someone');
  const what = assetTitle ? `“${assetTitle}”` : 'an asset you author';
  const did = DID[notice.reason];
  return {
    title: `${formatPoints(notice.points)} credit`,
    message: did ? `${who} ${did} ${what}.` : `${who}: ${notice.reason.toLowerCase().replace(/_/g, ' ')} (${what}).`,
    color: notice.points < 0 ? 'red' : 'teal',
  };
}
