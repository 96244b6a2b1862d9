import { describe, expect, it } from '@jest/globals';
import PizZip from 'pizzip';
import { checkDocxTemplate, fillDocx, markdownToDocx } from './template-docx.js';
import {
  fillTemplate,
  formatAmount,
  formatLongDate,
  joinSegments,
  personalisedTextProblem,
  templateProblem,
  templateSegments,
} from './template-text.js';
import type { PlaceholderValues } from './template-text.js';

const VALUES: PlaceholderValues = {
  'account.name': 'Acme Corp',
  'account.industry': 'Retail',
  'deal.name': 'Acme expansion',
  'deal.product': 'GTX Pro',
  'deal.stage': 'Engaging',
  'deal.amount': formatAmount(125000),
  'deal.competitor': null,
  'owner.name': 'Sofia Rossi',
  'owner.title': 'Account Executive',
  today: formatLongDate(new Date('2026-12-07T10:00:00Z')),
};

const TEMPLATE = `# Proposal for {{account.name}}

Dear {{ account.name }} team, {{deal.product}} fits {{account.industry}}.

{{#locked}}
## Terms
Prices valid 30 days from {{today}}. Competitor: {{deal.competitor}}.
{{/locked}}

Regards, {{owner.name}}, {{owner.title}}`;

describe('template parsing', () => {
  it('accepts the known placeholders and splits locked sections out', () => {
    expect(templateProblem(TEMPLATE)).toBeNull();
    const segments = templateSegments(TEMPLATE);
    expect(segments.map((s) => s.locked)).toEqual([false, true, false]);
    expect(segments[1].text).toContain('## Terms');
    expect(segments[1].text).not.toContain('locked');
  });

  it('names an unknown placeholder and suggests the closest one', () => {
    expect(templateProblem('Hi {{account.nmae}}')).toBe(
      'Unknown placeholder {{account.nmae}}: did you mean {{account.name}}?',
    );
    expect(templateProblem('Hi {{favourite.colour}}')).toBe('Unknown placeholder {{favourite.colour}}.');
  });

  it('refuses nested, unopened and unclosed locked sections, and an unclosed placeholder', () => {
    expect(templateProblem('{{#locked}} a {{#locked}} b {{/locked}} {{/locked}}')).toMatch(/cannot be nested/);
    expect(templateProblem('a {{/locked}}')).toMatch(/closes no locked section/);
    expect(templateProblem('{{#locked}} a')).toMatch(/not closed/);
    expect(templateProblem('Hello {{account.name')).toMatch(/not closed with \}\}/);
  });
});

describe('filling', () => {
  it('fills every placeholder; a missing value stays in an unlocked part and empties in a locked one', () => {
    const filled = fillTemplate(TEMPLATE + '\nWe beat {{deal.competitor}}.', VALUES);
    const text = joinSegments(filled);
    expect(text).toContain('# Proposal for Acme Corp');
    expect(text).toContain('Dear Acme Corp team, GTX Pro fits Retail.');
    expect(text).toContain('Prices valid 30 days from December 7, 2026. Competitor: .');
    expect(text).toContain('We beat {{deal.competitor}}.');
    expect(formatAmount(125000)).toBe('$125,000');
  });

  it('keeps values from the CRM inert: braces in an account name make no marker', () => {
    const filled = fillTemplate('{{account.name}} {{#locked}}T{{/locked}}', {
      ...VALUES,
      'account.name': '{{/locked}}{{today}}',
    });
    expect(filled[0].text).toBe('{ {/locked} }{ {today} } ');
    expect(filled).toHaveLength(2);
  });
});

describe('the personalised text', () => {
  const filled = fillTemplate(TEMPLATE, { ...VALUES, 'deal.competitor': 'Northbeam' });
  const original = joinSegments(filled);

  it('accepts edits of the unlocked parts', () => {
    expect(personalisedTextProblem(original.replace('Dear', 'Hello'), filled)).toBeNull();
  });

  it('refuses a changed or missing locked section, naming it', () => {
    expect(personalisedTextProblem(original.replace('30 days', '90 days'), filled)).toBe(
      "The locked section 'Terms' cannot be changed.",
    );
    expect(personalisedTextProblem('Just a note', filled)).toMatch(/'Terms'/);
  });

  it('refuses a placeholder left unfilled', () => {
    expect(personalisedTextProblem(`${original}\n{{deal.competitor}}`, filled)).toMatch(
      /Fill in \{\{deal.competitor\}\}/,
    );
  });
});

describe('DOCX', () => {
  it('writes a real DOCX from Markdown, checks and fills it as a template', async () => {
    const docx = await markdownToDocx('Proposal', TEMPLATE);
    const zip = new PizZip(docx);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    expect(zip.file('word/document.xml')!.asText()).toContain('{{account.name}}');
    expect(() => checkDocxTemplate(docx)).not.toThrow();

    const filled = new PizZip(fillDocx(docx, VALUES)).file('word/document.xml')!.asText();
    expect(filled).toContain('Proposal for Acme Corp');
    expect(filled).not.toContain('{{');

    const bad = await markdownToDocx('Bad', 'Hello {{account.nmae}}');
    expect(() => checkDocxTemplate(bad)).toThrow('In the DOCX file: Unknown placeholder {{account.nmae}}');
    expect(() => checkDocxTemplate(Buffer.from('not a zip'))).toThrow('could not be read');
  });
});
