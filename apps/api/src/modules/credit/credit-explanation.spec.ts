import { describe, expect, it } from '@jest/globals';
import { describeEvidence, explainEntry } from './credit-explanation.js';

const session = { shareLinkId: 'link-1', shareSessionId: 'session-1' };

describe('describeEvidence', () => {
  it('names the buyer session of a share link by its start, in UTC', () => {
    expect(describeEvidence('SHARE_VIEWED', session, new Date('2026-12-07T10:02:59.900Z'))).toBe(
      'A buyer viewed the share link (session started 7 Dec 2026 10:02 UTC).',
    );
  });

  it('says an adaptation was found in an attribution review, and when', () => {
    const text = describeEvidence('ADAPTED', { attributionReviewId: 'review-1' }, new Date('2026-12-07T10:02:00Z'));
    expect(text).toBe(
      'Enablement found in an attribution review (7 Dec 2026 10:02 UTC) that the asset copies yours and set it as its origin.',
    );
    expect(describeEvidence('ADAPTED', null, new Date())).toBeNull();
  });

  it('is null for events without evidence, and never shows the stored ids', () => {
    expect(describeEvidence('REUSE', null, new Date())).toBeNull();
    expect(describeEvidence('REUSE', session, new Date())).toBeNull();
    expect(describeEvidence('SHARE_VIEWED', null, new Date())).toBeNull();
    const text = describeEvidence('SHARE_VIEWED', session, new Date('2026-01-05T08:00:00Z'));
    expect(text).not.toContain('link-1');
    expect(text).not.toContain('session-1');
  });
});

describe('explainEntry', () => {
  const line = { points: 4, generation: 0, capped: null, actorName: 'Tom Walker' };

  it('explains a buyer session’s top-up with its evidence, and a personalised template', () => {
    expect(
      explainEntry({
        ...line,
        reason: 'SHARE_LINK_VIEWED',
        sourceReason: 'SHARE_LINK_VIEWED',
        evidence: 'A buyer viewed the share link (session started 7 Dec 2026 10:02 UTC).',
      }),
    ).toBe(
      '4 points: Tom Walker shared an asset you author with a buyer through a link the buyer then viewed (your share).' +
        ' Evidence: a buyer viewed the share link (session started 7 Dec 2026 10:02 UTC).',
    );
    expect(
      explainEntry({ ...line, points: 9, reason: 'TEMPLATE_PERSONALISED', sourceReason: 'TEMPLATE_PERSONALISED' }),
    ).toBe('9 points: Tom Walker personalised an asset you author, a template, for a deal (your share).');
  });

  it('passes a buyer session’s share up the lineage in words', () => {
    expect(
      explainEntry({ ...line, points: 1, generation: 1, reason: 'LINEAGE', sourceReason: 'SHARE_LINK_VIEWED' }),
    ).toBe(
      '1 point: Tom Walker shared an adaptation of your work with a buyer through a link the buyer then viewed; ' +
        'the asset it adapts, which you author, receives a share.',
    );
  });
});
