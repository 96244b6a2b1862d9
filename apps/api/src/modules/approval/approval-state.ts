import { ApprovalDecision } from './approval.entity.js';

export enum ApprovalState {
  NOT_REQUIRED = 'NOT_REQUIRED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** What an asset's approval is read from (ApprovalRepository.facts). */
export interface ApprovalFacts {
  assetId: string;
  kind: string;
  status: string;
  publishedAt: Date | null;
  /** The newest version that changed the content (a change of authors only does not count). */
  contentVersion: number;
  contentAt: Date;
  decision: ApprovalDecision | null;
  decidedVersion: number | null;
  note: string | null;
  decidedById: string | null;
  decidedAt: Date | null;
}

export interface ApprovalSettings {
  required: boolean;
  requiredSince: Date | null;
}

/**
 * An asset's approval: with the setting on, a CLIENT_FACING asset is approved or rejected by the newest decision on
 * its current content, and waits otherwise (since its content, its publication or the setting, whichever is last).
 */
export function approvalState(
  f: ApprovalFacts,
  settings: ApprovalSettings,
): { state: ApprovalState; waitingSince: Date | null } {
  if (!settings.required || f.kind !== 'CLIENT_FACING') {
    return { state: ApprovalState.NOT_REQUIRED, waitingSince: null };
  }
  if (f.decision && f.decidedVersion !== null && f.decidedVersion >= f.contentVersion) {
    return {
      state: f.decision === ApprovalDecision.APPROVED ? ApprovalState.APPROVED : ApprovalState.REJECTED,
      waitingSince: null,
    };
  }
  const times = [f.contentAt, f.publishedAt, settings.requiredSince].filter((t): t is Date => t !== null);
  return { state: ApprovalState.PENDING, waitingSince: new Date(Math.max(...times.map((t) => t.getTime()))) };
}
