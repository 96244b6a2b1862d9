import { describe, expect, it } from '@jest/globals';
import { ownImageSource } from './markdown-images';

const ORIGIN = 'https://byline.example.com';

describe('which Markdown images load', () => {
  it('loads images Byline serves itself', () => {
    for (const src of ['/attachments/5b1c', 'attachments/5b1c', './chart.png', `${ORIGIN}/attachments/5b1c`]) {
      expect(ownImageSource(src, ORIGIN)).toBe(src);
    }
  });

  it('does not load images from anywhere else', () => {
    for (const src of [
      'https://tracker.example.net/pixel.gif',
      '//tracker.example.net/pixel.gif',
      'http://byline.example.com/attachments/5b1c',
      'https://byline.example.com.evil.net/x.png',
      'https://byline.example.com@evil.net/x.png',
      'data:image/svg+xml,<svg/>',
      '',
      undefined,
    ]) {
      expect(ownImageSource(src, ORIGIN)).toBeNull();
    }
  });
});
