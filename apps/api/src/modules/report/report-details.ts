import type {
  ReportAcceptedAnswerObject,
  ReportAssetObject,
  ReportEndorsementCommentObject,
  ReportTrendObject,
  TeamKnowledgeFlowObject,
} from './dto/performance-report.objects.js';

/**
 * The parts of a report read only when asked for. A team report's members share one instance, so each part is one
 * statement for the whole team, whichever members' fields are asked for.
 */
export interface ReportDetails {
  trend(userId: string): Promise<ReportTrendObject>;
  assets(userId: string): Promise<ReportAssetObject[]>;
  endorsementComments(userId: string): Promise<ReportEndorsementCommentObject[]>;
  acceptedAnswers(userId: string): Promise<ReportAcceptedAnswerObject[]>;
  knowledgeFlow(): Promise<TeamKnowledgeFlowObject[]>;
}

/** Runs `read` once, on first use. */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () => (result ??= read());
}

/** Groups rows by their person. */
export function byPerson<T extends { userId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.userId);
    if (list) list.push(row);
    else map.set(row.userId, [row]);
  }
  return map;
}
