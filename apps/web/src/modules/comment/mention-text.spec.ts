import { describe, expect, it } from '@jest/globals';
import { insertMention, mentionQueryAt, withMentionLinks } from './mention-text';

describe('mention text', () => {
  it('finds the @query before the caret, not an email typed plainly', () => {
    expect(mentionQueryAt('Ask @an', 7)).toEqual({ start: 4, query: 'an' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail bob@ex', 11)).toBeNull();
    expect(mentionQueryAt('Ask @an and', 11)).toBeNull();
  });

  it('inserts @email and a space in place of the query', () => {
    expect(insertMention('Ask @an please', 4, 7, 'ana@x.io')).toEqual({ text: 'Ask @ana@x.io please', caret: 14 });
  });

  it('renders a known mention as a link by name, with the name escaped', () => {
    const people = [{ id: 'u1', name: 'Ana [CEO]', email: 'ana@x.io' }];
    expect(withMentionLinks('Hi @Ana@x.io, and ana@x.io', people)).toBe(
      'Hi [@Ana \\[CEO\\]](/people/u1), and ana@x.io',
    );
  });
});
