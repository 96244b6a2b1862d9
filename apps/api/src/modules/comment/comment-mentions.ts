/** The most people one comment may mention. */
export const MAX_MENTIONS = 20;

// `@` + an email, not glued to a word before it (so "bob@example.com" written plainly is no mention).
const MENTION = /(^|[^\w@.])@([\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

/** The distinct emails mentioned in a body (`@` + email), lower-cased, in order of first appearance. */
export function mentionedEmails(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(MENTION)) found.add(match[2].toLowerCase().replace(/\.+$/, ''));
  return [...found];
}
