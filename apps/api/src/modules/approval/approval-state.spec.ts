import { describe, expect, it } from '@jest/globals';
import { ApprovalDecision } from './approval.entity.js';
import { ApprovalState, approvalState } from './approval-state.js';
import type { ApprovalFacts } from './approval-state.js';

const at = (iso: string) => new Date(iso);
const facts = (over: Partial<ApprovalFacts> = {}): ApprovalFacts => ({
  assetId: 'a',
  kind: 'CLIENT_FACING',
  status: 'PUBLISHED',
  publishedAt: at('2026-03-02T00:00:00Z'),
  contentVersion: 3,
  contentAt: at('2026-03-01T00:00:00Z'),
  decision: null,
  decidedVersion: null,
  note: null,
  decidedById: null,
  decidedAt: null,
  ...over,
});
const on = { required: true, requiredSince: at('2026-01-01T00:00:00Z') };

describe('approvalState', () => {
  it('needs nothing while the setting is off, or for another kind', () => {
    expect(approvalState(facts(), { required: false, requiredSince: null }).state).toBe(ApprovalState.NOT_REQUIRED);
    expect(approvalState(facts({ kind: 'BEST_PRACTICE' }), on).state).toBe(ApprovalState.NOT_REQUIRED);
  });

  it('waits since the latest of the content, the publication and the setting', () => {
    expect(approvalState(facts(), on)).toEqual({
      state: ApprovalState.PENDING,
      waitingSince: at('2026-03-02T00:00:00Z'),
    });
    const late = { required: true, requiredSince: at('2026-04-01T00:00:00Z') };
    expect(approvalState(facts(), late).waitingSince).toEqual(at('2026-04-01T00:00:00Z'));
  });

  it('holds a decision only for the content it was made on', () => {
    const approved = { decision: ApprovalDecision.APPROVED, decidedVersion: 3 };
    expect(approvalState(facts(approved), on).state).toBe(ApprovalState.APPROVED);
    expect(approvalState(facts({ ...approved, contentVersion: 4 }), on).state).toBe(ApprovalState.PENDING);
    expect(approvalState(facts({ decision: ApprovalDecision.REJECTED, decidedVersion: 3 }), on).state).toBe(
      ApprovalState.REJECTED,
    );
  });
});
