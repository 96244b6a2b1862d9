import { describe, expect, it } from '@jest/globals';
import { richCopyOf } from './rich-copy';

const ORIGIN = 'https://byline.example.com';

const BODY = `# Discovery call

Ask **who signs** and _why now_. See [the pricing page](https://example.com/pricing) and [our guide](/assets/42).

1. Current process
2. Cost of doing nothing
   - per month
   - per year

- [x] Agenda sent
- [ ] Notes shared

> Quote the customer's words.

Use \`ROI\` & keep it short.`;

describe('richCopyOf', () => {
  const { html, plain } = richCopyOf(BODY, ORIGIN);

  it('writes plain text without any Markdown syntax', () => {
    expect(plain).not.toMatch(/^#/m);
    expect(plain).not.toContain('**');
    expect(plain).not.toContain('_why');
    expect(plain).not.toMatch(/\]\(/);
    expect(plain).not.toContain('`');
    expect(plain).toBe(
      [
        'Discovery call',
        '',
        'Ask who signs and why now. See the pricing page (https://example.com/pricing) and our guide (https://byline.example.com/assets/42).',
        '',
        '1. Current process',
        '2. Cost of doing nothing',
        '   - per month',
        '   - per year',
        '',
        '- [x] Agenda sent',
        '- [ ] Notes shared',
        '',
        "  Quote the customer's words.",
        '',
        'Use ROI & keep it short.',
      ].join('\n'),
    );
  });

  it('renders clean HTML with absolute links', () => {
    expect(html).toContain('<h1>Discovery call</h1>');
    expect(html).toContain('<strong>who signs</strong>');
    expect(html).toContain('<em>why now</em>');
    expect(html).toContain('<a href="https://example.com/pricing">the pricing page</a>');
    expect(html).toContain('<a href="https://byline.example.com/assets/42">our guide</a>');
    expect(html).toMatch(/<ol>\s*<li>Current process<\/li>/);
    expect(html).toContain('<blockquote>');
    expect(html).not.toContain('**');
  });

  it('never pastes markup or script addresses from the body', () => {
    const hostile = richCopyOf(
      'Hi <img src=x onerror="alert(1)"> [click](javascript:alert(1))\n\n<script>alert(2)</script>',
      ORIGIN,
    );
    expect(hostile.html).not.toMatch(/<img|<script|javascript:/i);
    expect(hostile.html).toContain('&lt;script&gt;');
    expect(hostile.plain).not.toContain('javascript:');
    expect(hostile.plain).toContain('click');
  });

  it('keeps a bare link once, and an image as its alt text and address', () => {
    expect(richCopyOf('<https://example.com>', ORIGIN).plain).toBe('https://example.com/');
    expect(richCopyOf('![Org chart](/attachments/7)', ORIGIN).plain).toBe(
      'Org chart (https://byline.example.com/attachments/7)',
    );
  });
});
