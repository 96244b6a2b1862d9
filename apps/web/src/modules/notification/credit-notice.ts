import { formatPoints } from '../credit/credit-labels';
import { creditReasonSentence } from '../credit/credit-reasons';

export interface CreditNoticeText {
  title: string;
  message: string;
  color: string;
}

/** The toast for credit as it arrives: "+4 credit · Ann Lee copied your “Acme case study”." */
export function creditNoticeText(
  notice: { points: number; reason: string },
  actorName: string | null,
  assetTitle: string | null,
  viewerIsActor: boolean,
): CreditNoticeText {
  return {
    title: `${formatPoints(notice.points)} credit`,
    message: creditReasonSentence({
      reason: notice.reason,
      actorName,
      actorIsViewer: viewerIsActor,
      assetTitle,
    }).text,
    color: notice.points < 0 ? 'red' : 'teal',
  };
}
