/** The `@query` being typed just before the caret, if any: where it starts and what follows the `@`. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@()]{0,40})$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** Replaces the `@query` from `start` to the caret with `@email ` and says where the caret goes next. */
export function insertMention(text: string, start: number, caret: number, email: string) {
  const inserted = `@${email} `;
  const next = text.slice(0, start) + inserted + text.slice(caret).replace(/^ /, '');
  return { text: next, caret: start + inserted.length };
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;

/** The body with each mention of a known person (`@` + their email) shown as a link to them by name. */
export function withMentionLinks(body: string, people: readonly { id: string; name: string; email: string | null }[]) {
  let out = body;
  for (const person of people) {
    if (!person.email) continue;
    const escaped = person.email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const name = person.name.replace(MARKDOWN_SPECIAL, '\\$&');
    out = out.replace(
      new RegExp(`(^|[^\\w@.])@${escaped}(?![\\w-]|\\.[A-Za-z0-9])`, 'gi'),
      (_m, lead: string) => `${lead}[@${name}](/people/${person.id})`,
    );
  }
  return out;
}
