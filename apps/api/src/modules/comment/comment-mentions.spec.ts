import { describe, expect, it } from '@jest/globals';
import { mentionedEmails } from './comment-mentions.js';

describe('mentionedEmails', () => {
  it('finds @ + email, distinct and lower-cased, in order', () => {
    expect(mentionedEmails('Ask @Ana@Example.com and @bob@example.co.uk, then @ana@example.com again.')).toEqual([
      'ana@example.com',
      'bob@example.co.uk',
    ]);
  });

  it('ignores a plain email and a bare @', () => {
    expect(mentionedEmails('Write to bob@example.com or @ someone; @notanemail')).toEqual([]);
  });

  it('finds a mention at the start, after punctuation or in parentheses', () => {
    expect(mentionedEmails('@a@x.io (@b@y.io) "@c@z.io"')).toEqual(['a@x.io', 'b@y.io', 'c@z.io']);
  });
});
