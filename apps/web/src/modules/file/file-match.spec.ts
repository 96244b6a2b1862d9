import { describe, expect, it } from '@jest/globals';
import { fileMatchPlace, snippetParts } from './file-match';

describe('snippetParts', () => {
  it('marks the words between « and »', () => {
    expect(snippetParts('…the «zeppelin» onboarding…')).toEqual([
      { text: '…the ', marked: false },
      { text: 'zeppelin', marked: true },
      { text: ' onboarding…', marked: false },
    ]);
  });

  it('handles several marks, marks at the ends and adjacent marks', () => {
    expect(snippetParts('«renewal» and «pricing»')).toEqual([
      { text: 'renewal', marked: true },
      { text: ' and ', marked: false },
      { text: 'pricing', marked: true },
    ]);
    expect(snippetParts('«a»«b»')).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: true },
    ]);
  });

  it('keeps text without marks, empty marks and an unclosed « as plain text', () => {
    expect(snippetParts('no match here')).toEqual([{ text: 'no match here', marked: false }]);
    expect(snippetParts('an «» empty mark')).toEqual([
      { text: 'an ', marked: false },
      { text: ' empty mark', marked: false },
    ]);
    expect(snippetParts('open «quote')).toEqual([{ text: 'open «quote', marked: false }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('never turns the snippet into markup', () => {
    const parts = snippetParts('<img src=x onerror=alert(1)> «<b>»');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: '<b>', marked: true },
    ]);
  });
});

describe('fileMatchPlace', () => {
  it('says which slide or page of which file', () => {
    expect(fileMatchPlace({ pageLabel: 'slide', page: 3, fileName: 'Renewal deck.pptx' })).toBe(
      'Slide 3 of Renewal deck.pptx',
    );
    expect(fileMatchPlace({ pageLabel: 'page', page: 2, fileName: 'a.pdf' })).toBe('Page 2 of a.pdf');
  });
});
