import { describe, expect, it } from '@jest/globals';
import { checkQuestionBody, checkTitle, checkTopics, expertReason } from './question-text.js';

describe('question text', () => {
  it('keeps a title on one line and refuses empty, long or hidden text', () => {
    expect(checkTitle('  How do  we\nprice   for banks? ')).toBe('How do we price for banks?');
    expect(() => checkTitle('   ')).toThrow('title');
    expect(() => checkTitle('x'.repeat(201))).toThrow('200');
    expect(checkTitle('é'.repeat(200))).toHaveLength(200);
    expect(() => checkTitle('a\u0007b')).toThrow('control');
  });

  it('keeps a body’s lines and refuses empty, long or hidden text', () => {
    expect(checkQuestionBody('a\r\nb\n')).toBe('a\nb');
    expect(() => checkQuestionBody('\n \n')).toThrow('empty');
    expect(() => checkQuestionBody('x'.repeat(10_001))).toThrow('10,000');
    expect(() => checkQuestionBody('a\u0000b')).toThrow('control');
  });

  it('limits topic lists', () => {
    expect(checkTopics('industries', null)).toEqual([]);
    expect(() =>
      checkTopics(
        'industries',
        Array.from({ length: 21 }, (_, i) => `t${i}`),
      ),
    ).toThrow('20');
    expect(() => checkTopics('products', ['x'.repeat(81)])).toThrow('80');
  });

  it('says why someone is suggested', () => {
    expect(expertReason({ assets: 2, endorsements: 1, acceptedAnswers: 0 })).toBe(
      'Authored 2 published assets on these topics; 1 endorsement received on them',
    );
    expect(expertReason({ assets: 0, endorsements: 0, acceptedAnswers: 1 })).toBe('1 accepted answer on these topics');
  });
});
