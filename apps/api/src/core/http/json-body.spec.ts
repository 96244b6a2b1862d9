import { describe, expect, it } from '@jest/globals';
import { JsonDepthScanner, nestsDeeperThan } from './json-body.js';

const deeper = (text: string, max: number) => nestsDeeperThan(Buffer.from(text), max);

describe('nestsDeeperThan', () => {
  it('counts arrays and objects together, up to the limit and one past it', () => {
    expect(deeper('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(deeper('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(deeper('[[]],[[]]', 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(deeper(JSON.stringify({ v: '[[[[{{{{' }), 1)).toBe(false);
    expect(deeper(JSON.stringify({ v: 'say \\"[[[\\" and "{{{"' }), 1)).toBe(false);
    expect(deeper(JSON.stringify({ v: 'ends in a backslash \\', w: [[1]] }), 2)).toBe(true);
  });

  it('reads multi-byte UTF-8 text as text', () => {
    expect(deeper(JSON.stringify({ v: 'Zürich — 東京 [' }), 1)).toBe(false);
  });
});

describe('JsonDepthScanner', () => {
  it('finds the same depth however the text is cut into chunks, inside escapes and strings too', () => {
    const text = Buffer.from(JSON.stringify({ v: 'a \\" [[ {{', w: [[[1]]] }));
    for (let cut = 1; cut < text.length; cut++) {
      const scanner = new JsonDepthScanner(3);
      expect(scanner.tooDeep(text.subarray(0, cut)) || scanner.tooDeep(text.subarray(cut))).toBe(true);
      const roomy = new JsonDepthScanner(4);
      expect(roomy.tooDeep(text.subarray(0, cut)) || roomy.tooDeep(text.subarray(cut))).toBe(false);
    }
  });
});
