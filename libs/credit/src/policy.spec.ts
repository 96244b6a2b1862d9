import { describe, expect, it } from '@jest/globals';
import {
  assertValidPolicy,
  InvalidPolicyError,
  POLICY_V1,
  POLICY_V2,
  upgradePolicy,
  validatePolicy,
  type ScoringPolicy,
} from './policy.js';

// A deep, mutable copy to edit like an admin form would.
function editable(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(POLICY_V1)) as Record<string, unknown>;
}

function section(input: Record<string, unknown>, name: string): Record<string, unknown> {
  return input[name] as Record<string, unknown>;
}

function fieldsOf(input: unknown, previousVersion?: number): string[] {
  const result = validatePolicy(input, previousVersion === undefined ? {} : { previousVersion });
  return result.ok ? [] : result.errors.map((e) => e.field);
}

describe('POLICY_V1', () => {
  it('has the v1 values of the design', () => {
    const expected: ScoringPolicy = {
      version: 1,
      publication: 10,
      reuse: { VIEW: 0, COPY: 4, SHARE_WITH_CUSTOMER: 10, USED_IN_DEAL: 10, ADAPT: 15 },
      endorsement: { HELPFUL: 4, HELPED_WIN: 10, VERIFIED: 6 },
      // v1 had no share links: a link is a share at the v1 value, a buyer's viewing earns nothing.
      shareLink: { created: 10, firstBuyerSession: 0 },
      // v1 had no questions: an accepted answer earns nothing.
      answer: { accepted: 0 },
      dealWonPool: 100,
      lineage: { percent: 25, maxGenerations: 3 },
      caps: {
        repeatReuseWindowHours: 24,
        perActorPerBeneficiaryDaily: 40,
        perBeneficiaryEndorsementDaily: 200,
        publicationsPerAuthorDaily: 3,
      },
    };
    expect(POLICY_V1).toEqual(expected);
  });

  it('is frozen, nested objects included', () => {
    expect(Object.isFrozen(POLICY_V1)).toBe(true);
    expect(Object.isFrozen(POLICY_V1.reuse)).toBe(true);
    expect(Object.isFrozen(POLICY_V1.caps)).toBe(true);
  });

  it('passes its own validation', () => {
    expect(validatePolicy(POLICY_V1)).toEqual({ ok: true, policy: POLICY_V1 });
  });
});

describe('POLICY_V2', () => {
  it('is v1 with version 2, a self-reported share at 4, and a share link at 4 + 6 for its first buyer session', () => {
    expect(POLICY_V2).toEqual({
      ...POLICY_V1,
      version: 2,
      reuse: { ...POLICY_V1.reuse, SHARE_WITH_CUSTOMER: 4 },
      shareLink: { created: 4, firstBuyerSession: 6 },
      answer: { accepted: 10 },
    });
    expect(validatePolicy(POLICY_V2)).toEqual({ ok: true, policy: POLICY_V2 });
    expect(Object.isFrozen(POLICY_V2.shareLink)).toBe(true);
  });
});

describe('upgradePolicy', () => {
  // A version an admin published before share links existed, as stored JSON.
  function storedBeforeShareLinks(version: number, share: number): Record<string, unknown> {
    const stored = editable();
    delete stored['shareLink'];
    stored['version'] = version;
    section(stored, 'reuse')['SHARE_WITH_CUSTOMER'] = share;
    return JSON.parse(JSON.stringify(stored)) as Record<string, unknown>;
  }

  it('fills a missing share-link group with the v1 equivalent: a link is that version’s share, a viewing earns 0', () => {
    const upgraded = upgradePolicy(storedBeforeShareLinks(3, 12));
    expect(upgraded.version).toBe(3);
    expect(upgraded.reuse.SHARE_WITH_CUSTOMER).toBe(12);
    expect(upgraded.shareLink).toEqual({ created: 12, firstBuyerSession: 0 });
    expect(Object.isFrozen(upgraded)).toBe(true);
  });

  it('fills a missing question group: nothing under v1, the v2 value for a version written later', () => {
    const stored = JSON.parse(JSON.stringify(POLICY_V2)) as Record<string, unknown>;
    delete stored['answer'];
    expect(upgradePolicy(stored)).toEqual(POLICY_V2);
    const v1 = JSON.parse(JSON.stringify(POLICY_V1)) as Record<string, unknown>;
    delete v1['answer'];
    expect(upgradePolicy(v1).answer).toEqual({ accepted: 0 });
    const v3 = storedBeforeShareLinks(3, 12);
    delete v3['answer'];
    expect(upgradePolicy(v3).answer).toEqual({ accepted: 10 });
  });

  it('keeps a stored policy that has the group as it is', () => {
    expect(upgradePolicy(JSON.parse(JSON.stringify(POLICY_V2)))).toEqual(POLICY_V2);
    expect(upgradePolicy(JSON.parse(JSON.stringify(POLICY_V1)))).toEqual(POLICY_V1);
  });

  it('fills in only the group added since: anything else missing or wrong is still refused', () => {
    const broken = storedBeforeShareLinks(3, 10);
    delete section(broken, 'caps')['publicationsPerAuthorDaily'];
    expect(() => upgradePolicy(broken)).toThrow('caps.publicationsPerAuthorDaily is required');
    expect(() => upgradePolicy(storedBeforeShareLinks(3, -1))).toThrow(InvalidPolicyError);
    expect(() => upgradePolicy(null)).toThrow(InvalidPolicyError);
  });

  it('is not applied to what an admin submits: a new version must name the share-link values', () => {
    expect(fieldsOf(storedBeforeShareLinks(3, 4), 2)).toEqual(['shareLink']);
    const partial = { ...editable(), version: 3, shareLink: { created: 4 } };
    expect(fieldsOf(partial, 2)).toEqual(['shareLink.firstBuyerSession']);
  });
});

describe('validatePolicy', () => {
  it('accepts an edited policy and returns a frozen copy without extra references to the input', () => {
    const input = editable();
    section(input, 'reuse')['COPY'] = 5;
    input['version'] = 2;
    const result = validatePolicy(input, { previousVersion: 1 });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.policy.reuse.COPY).toBe(5);
      expect(result.policy).not.toBe(input);
      expect(Object.isFrozen(result.policy.reuse)).toBe(true);
    }
  });

  it('names every bad field with a clear message', () => {
    const input = editable();
    section(input, 'reuse')['COPY'] = -1;
    section(input, 'endorsement')['HELPFUL'] = 2.5;
    section(input, 'lineage')['percent'] = 101;
    section(input, 'caps')['perActorPerBeneficiaryDaily'] = '40';
    input['dealWonPool'] = Number.NaN;
    const result = validatePolicy(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { field: 'reuse.COPY', message: 'must be between 0 and 1000000, got -1' },
        { field: 'endorsement.HELPFUL', message: 'must be a whole number, got 2.5' },
        { field: 'dealWonPool', message: 'must be a whole number, got NaN' },
        { field: 'lineage.percent', message: 'must be between 0 and 100, got 101' },
        { field: 'caps.perActorPerBeneficiaryDaily', message: 'must be a whole number, got "40"' },
      ]);
    }
  });

  it('reports missing and unknown fields, and non-objects', () => {
    const input = editable();
    delete section(input, 'caps')['publicationsPerAuthorDaily'];
    section(input, 'reuse')['COPPY'] = 4;
    input['lineage'] = 25;
    // In policy field order: each section's own problems, then its unknown fields.
    expect(fieldsOf(input)).toEqual(['reuse.COPPY', 'lineage', 'caps.publicationsPerAuthorDaily']);
    expect(fieldsOf(null)).toEqual(['(policy)']);
    expect(fieldsOf([])).toEqual(['(policy)']);
  });

  it('keeps VIEW at 0 (views are analytics only) and version at 1 or more', () => {
    const input = editable();
    section(input, 'reuse')['VIEW'] = 1;
    input['version'] = 0;
    const result = validatePolicy(input);
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'version', message: 'must be between 1 and 1000000, got 0' },
      { field: 'reuse.VIEW', message: 'must be 0, got 1' },
    ]);
  });

  it('requires a new version above the current one', () => {
    expect(fieldsOf(editable(), 1)).toEqual(['version']);
    expect(fieldsOf({ ...editable(), version: 2 }, 1)).toEqual([]);
  });

  it('accepts the boundaries: percent 0 and 100, zero caps and points', () => {
    const input = editable();
    section(input, 'lineage')['percent'] = 100;
    section(input, 'caps')['perActorPerBeneficiaryDaily'] = 0;
    input['publication'] = 0;
    expect(fieldsOf(input)).toEqual([]);
    section(input, 'lineage')['percent'] = 0;
    expect(fieldsOf(input)).toEqual([]);
  });
});

describe('assertValidPolicy', () => {
  it('throws InvalidPolicyError carrying the field errors', () => {
    const input = { ...editable(), publication: -10 };
    expect(() => assertValidPolicy(input)).toThrow(InvalidPolicyError);
    expect(() => assertValidPolicy(input)).toThrow('publication must be between 0 and 1000000, got -10');
    expect(() => assertValidPolicy(POLICY_V1)).not.toThrow();
  });
});
