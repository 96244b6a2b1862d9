import { describe, expect, it } from '@jest/globals';
import { POLICY_FIELDS, policyChanges, readPolicy, withValues } from './policy-fields';

const V2 = {
  version: 2,
  publication: 10,
  reuse: { VIEW: 0, COPY: 4, SHARE_WITH_CUSTOMER: 4, USED_IN_DEAL: 10, ADAPT: 15 },
  endorsement: { HELPFUL: 4, HELPED_WIN: 10, VERIFIED: 6 },
  shareLink: { created: 4, firstBuyerSession: 6 },
  answer: { accepted: 10 },
  dealWonPool: 100,
  lineage: { percent: 25, maxGenerations: 3 },
  caps: {
    repeatReuseWindowHours: 24,
    perActorPerBeneficiaryDaily: 40,
    perBeneficiaryEndorsementDaily: 200,
    publicationsPerAuthorDaily: 3,
  },
};

describe('policy fields', () => {
  it('reads every editable value of a policy by its path, and its version', () => {
    const read = readPolicy(JSON.stringify(V2));
    expect(read?.version).toBe(2);
    expect(Object.keys(read!.values).sort()).toEqual(POLICY_FIELDS.map((f) => f.path).sort());
    expect(read?.values['reuse.COPY']).toBe(4);
    expect(read?.values['caps.perActorPerBeneficiaryDaily']).toBe(40);
    expect(read?.values['shareLink.created']).toBe(4);
    expect(read?.values['shareLink.firstBuyerSession']).toBe(6);
  });

  it('offers the share-link values with their labels and units', () => {
    const fields = POLICY_FIELDS.filter((f) => f.path.startsWith('shareLink.'));
    expect(fields.map((f) => [f.path, f.label, f.suffix])).toEqual([
      ['shareLink.created', 'Share link created', 'pts'],
      ['shareLink.firstBuyerSession', 'First buyer session on a share link', 'pts'],
    ]);
  });

  it('gives null for text that is not a policy', () => {
    expect(readPolicy('{ not json')).toBeNull();
    expect(readPolicy('[1, 2]')).toBeNull();
    expect(readPolicy('')).toBeNull();
  });

  it('sets the edited values and keeps everything else, VIEW included, without touching the original', () => {
    const next = withValues(V2, { 'reuse.COPY': 6, 'lineage.percent': 30 });
    expect(next).toEqual({ ...V2, reuse: { ...V2.reuse, COPY: 6 }, lineage: { ...V2.lineage, percent: 30 } });
    expect(V2.reuse.COPY).toBe(4);
  });

  it('lists what changed between two versions in the order of the form', () => {
    const before = readPolicy(JSON.stringify(V2))!.values;
    const after = { ...before, 'caps.publicationsPerAuthorDaily': 5, 'reuse.COPY': 6 };
    expect(policyChanges(before, after)).toEqual([
      { label: 'Copied', from: 4, to: 6 },
      { label: 'Credited publications per author', from: 3, to: 5 },
    ]);
    expect(policyChanges(before, before)).toEqual([]);
  });
});
