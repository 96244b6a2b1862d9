import { describe, expect, it } from '@jest/globals';
import { creditReasonSentence } from './credit-reasons';

const text = (input: Parameters<typeof creditReasonSentence>[0]) => creditReasonSentence(input).text;

describe('credit reasons in plain words', () => {
  const base = { actorName: 'Ann Lee', actorIsViewer: false, assetTitle: 'Acme case study' };

  it('says who did what to which asset', () => {
    expect(text({ ...base, reason: 'REUSED_COPY' })).toBe('Ann Lee copied your “Acme case study”.');
    expect(text({ ...base, reason: 'ENDORSED_HELPFUL' })).toBe('Ann Lee endorsed your “Acme case study” as helpful.');
    expect(text({ ...base, reason: 'USED_IN_DEAL' })).toBe('Ann Lee used your “Acme case study” in a deal.');
    expect(text({ ...base, reason: 'PUBLISHED', actorName: 'Sofia Rossi', actorIsViewer: true })).toBe(
      'You published your “Acme case study”.',
    );
  });

  it('keeps the asset apart so a page can link it', () => {
    expect(creditReasonSentence({ ...base, reason: 'USED_IN_DEAL' })).toEqual({
      before: 'Ann Lee used your ',
      asset: 'Acme case study',
      after: ' in a deal',
      text: 'Ann Lee used your “Acme case study” in a deal.',
    });
  });

  it('names the buyer and whose share link it was', () => {
    expect(text({ ...base, reason: 'SHARE_LINK_VIEWED', actorIsViewer: true })).toBe(
      'A buyer viewed your share link of “Acme case study”.',
    );
    expect(text({ ...base, reason: 'SHARE_LINK_VIEWED', actorName: 'Marc Keller' })).toBe(
      'A buyer viewed Marc Keller’s share link of your “Acme case study”.',
    );
  });

  it('explains lineage and reversals from what they come from', () => {
    expect(text({ ...base, reason: 'LINEAGE', sourceReason: 'REUSED_COPY' })).toBe(
      'Ann Lee copied an adaptation of your “Acme case study”.',
    );
    expect(text({ ...base, reason: 'REVERSAL', sourceReason: 'ENDORSED_HELPFUL' })).toBe(
      'Ann Lee withdrew an endorsement of your “Acme case study”.',
    );
    expect(text({ ...base, reason: 'REVERSAL', sourceReason: 'DEAL_WON' })).toBe(
      'A deal that used your “Acme case study” is no longer won, so its credit is taken back.',
    );
  });

  it('reads someone else’s statement in the third person', () => {
    expect(text({ ...base, reason: 'REUSED_COPY', ownerName: 'Sofia Rossi' })).toBe(
      'Ann Lee copied Sofia Rossi’s “Acme case study”.',
    );
    expect(
      text({
        ...base,
        reason: 'SHARE_LINK_VIEWED',
        actorName: 'Sofia Rossi',
        actorIsOwner: true,
        ownerName: 'Sofia Rossi',
      }),
    ).toBe('A buyer viewed their share link of “Acme case study”.');
  });

  it('never shows a rule code, even for a reason it does not know or a hidden asset', () => {
    const sentence = text({ ...base, reason: 'SOMETHING_NEW', assetTitle: null });
    expect(sentence).toBe('Ann Lee gave credit for an asset of yours.');
    for (const reason of ['REUSED_COPY', 'SHARE_LINK_VIEWED', 'LINEAGE', 'REVERSAL', 'DEAL_WON', 'SOMETHING_NEW']) {
      expect(text({ ...base, reason, sourceReason: 'TEMPLATE_PERSONALISED' })).not.toMatch(/[A-Z]{2,}_[A-Z]/);
    }
  });
});

describe('an accepted answer', () => {
  it('reads as the answer it was, with no asset', () => {
    const sentence = creditReasonSentence({
      reason: 'ANSWER_ACCEPTED',
      actorIsViewer: false,
      actorName: 'Ann',
      assetTitle: null,
    });
    expect(sentence.text).toBe('Ann accepted your answer.');
    expect(sentence.asset).toBeNull();
  });
});
