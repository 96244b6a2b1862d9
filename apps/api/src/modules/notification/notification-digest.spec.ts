import { describe, expect, it } from '@jest/globals';
import { DigestFrequency } from './dto/notification-settings.object.js';
import { digestPeriod } from './notification-digest.service.js';

describe('digest periods', () => {
  it('names a daily digest by its UTC day', () => {
    expect(digestPeriod(DigestFrequency.DAILY, new Date('2026-12-07T23:59:59Z'))).toBe('DAILY:2026-12-07');
    expect(digestPeriod(DigestFrequency.DAILY, new Date('2026-12-08T00:00:00Z'))).toBe('DAILY:2026-12-08');
  });

  it('names a weekly digest by its ISO week, across year ends', () => {
    expect(digestPeriod(DigestFrequency.WEEKLY, new Date('2026-12-07T07:00:00Z'))).toBe('WEEKLY:2026-W50');
    expect(digestPeriod(DigestFrequency.WEEKLY, new Date('2026-12-13T23:00:00Z'))).toBe('WEEKLY:2026-W50');
    expect(digestPeriod(DigestFrequency.WEEKLY, new Date('2026-12-14T00:00:00Z'))).toBe('WEEKLY:2026-W51');
    expect(digestPeriod(DigestFrequency.WEEKLY, new Date('2027-01-01T07:00:00Z'))).toBe('WEEKLY:2026-W53');
    expect(digestPeriod(DigestFrequency.WEEKLY, new Date('2024-12-30T07:00:00Z'))).toBe('WEEKLY:2025-W01');
  });
});
