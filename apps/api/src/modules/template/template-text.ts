/** Placeholders a template may hold, in the order the editor offers them; one list for the API and the web. */
export const TEMPLATE_PLACEHOLDERS = [
  { key: 'account.name', label: "The deal's account" },
  { key: 'account.industry', label: "The account's industry" },
  { key: 'deal.name', label: 'The deal' },
  { key: 'deal.product', label: 'The product on the deal' },
  { key: 'deal.stage', label: "The deal's stage" },
  { key: 'deal.amount', label: "The deal's amount, formatted" },
  { key: 'deal.competitor', label: 'The competitor on the deal' },
  { key: 'owner.name', label: "The deal owner's name" },
  { key: 'owner.title', label: "The deal owner's job title" },
  { key: 'today', label: "Today's date, written out" },
] as const;

export type PlaceholderKey = (typeof TEMPLATE_PLACEHOLDERS)[number]['key'];

/** What each placeholder is filled with; null when the deal has no value for it. */
export type PlaceholderValues = Record<PlaceholderKey, string | null>;

const KEYS: ReadonlySet<string> = new Set(TEMPLATE_PLACEHOLDERS.map((p) => p.key));
const LOCK_OPEN = '#locked';
const LOCK_CLOSE = '/locked';

/** `{{ name }}`: a placeholder or a locked-section marker. */
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export class TemplateTextError extends Error {}

/** One stretch of a template: locked (the personaliser cannot change it) or not. */
export interface TemplateSegment {
  locked: boolean;
  text: string;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function suggestion(name: string): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const key of KEYS) {
    const d = distance(name.toLowerCase(), key);
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  return best && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? `: did you mean {{${best}}}?` : '.';
}

/**
 * Splits a template into its locked and unlocked parts (markers removed), refusing an unknown placeholder, a
 * `{{` that does not close, and a locked section that is nested, not opened or not closed.
 */
export function templateSegments(text: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let locked = false;
  let from = 0;
  for (const match of text.matchAll(TOKEN)) {
    const name = match[1];
    const at = match.index;
    if (name === LOCK_OPEN || name === LOCK_CLOSE) {
      if (name === LOCK_OPEN && locked) {
        throw new TemplateTextError('Locked sections cannot be nested: close the first with {{/locked}}.');
      }
      if (name === LOCK_CLOSE && !locked) {
        throw new TemplateTextError('{{/locked}} closes no locked section: open one with {{#locked}}.');
      }
      segments.push({ locked, text: text.slice(from, at) });
      locked = !locked;
      from = at + match[0].length;
    } else if (!KEYS.has(name)) {
      throw new TemplateTextError(`Unknown placeholder {{${name}}}${suggestion(name)}`);
    }
  }
  if (locked) throw new TemplateTextError('A locked section is not closed: end it with {{/locked}}.');
  segments.push({ locked: false, text: text.slice(from) });
  const stray = text.replace(TOKEN, '').indexOf('{{');
  if (stray >= 0) {
    const near = text.replace(TOKEN, '').slice(stray, stray + 30);
    throw new TemplateTextError(`A placeholder is not closed with }}: "${near}".`);
  }
  return mergeSegments(segments.filter((s) => s.text !== ''));
}

function mergeSegments(segments: TemplateSegment[]): TemplateSegment[] {
  const merged: TemplateSegment[] = [];
  for (const s of segments) {
    const last = merged[merged.length - 1];
    if (last && last.locked === s.locked && !s.locked) last.text += s.text;
    else merged.push({ ...s });
  }
  return merged;
}

/** The problem with a template's text, or null when it is a valid template. */
export function templateProblem(text: string): string | null {
  try {
    templateSegments(text);
    return null;
  } catch (error) {
    if (error instanceof TemplateTextError) return error.message;
    throw error;
  }
}

/** The placeholders a text still holds (known or not), in order, once each. */
export function placeholdersIn(text: string): string[] {
  const names = [...text.matchAll(TOKEN)].map((m) => m[1]).filter((n) => n !== LOCK_OPEN && n !== LOCK_CLOSE);
  return [...new Set(names)];
}

// A value from the CRM is text, never markup of the template: braces cannot make a placeholder or a marker.
const inert = (value: string) => value.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');

/**
 * Fills the placeholders of one part. A placeholder without a value stays in an unlocked part (the personaliser
 * writes it in) and is left empty in a locked one (nobody may change it).
 */
export function fillText(text: string, values: PlaceholderValues, locked: boolean): string {
  return text.replace(TOKEN, (whole, name: string) => {
    if (!KEYS.has(name)) return whole;
    const value = values[name as PlaceholderKey];
    if (value === null || value === '') return locked ? '' : whole;
    return inert(value);
  });
}

/** A template's parts with their placeholders filled. */
export function fillTemplate(text: string, values: PlaceholderValues): TemplateSegment[] {
  return templateSegments(text).map((s) => ({ locked: s.locked, text: fillText(s.text, values, s.locked) }));
}

/** A locked section's name for messages: its first line, without Markdown marks. */
export function sectionName(text: string): string {
  const line =
    text
      .split('\n')
      .map((l) => l.replace(/^[#>*\-\s]+|[*_`]+/g, '').trim())
      .find((l) => l !== '') ?? 'locked section';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/**
 * The personaliser's edited text, checked against the filled template: every locked part present unchanged and in
 * order, no placeholder left. Returns the problem, or null.
 */
export function personalisedTextProblem(edited: string, filled: readonly TemplateSegment[]): string | null {
  let from = 0;
  for (const segment of filled) {
    if (!segment.locked || segment.text.trim() === '') continue;
    const at = edited.indexOf(segment.text, from);
    if (at < 0) return `The locked section '${sectionName(segment.text)}' cannot be changed.`;
    from = at + segment.text.length;
  }
  const left = placeholdersIn(edited);
  if (left.length > 0) {
    return `Fill in ${left.map((n) => `{{${n}}}`).join(', ')}: the deal has no value for ${left.length === 1 ? 'it' : 'them'}.`;
  }
  return null;
}

/** The filled text a personalised copy starts from: the parts joined, markers gone. */
export const joinSegments = (segments: readonly TemplateSegment[]): string => segments.map((s) => s.text).join('');

/** Formats a deal's amount and today's date the way a customer-facing document writes them. */
export function formatAmount(amount: number | null): string | null {
  if (amount === null) return null;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
    amount,
  );
}

export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
