import { describe, expect, it } from '@jest/globals';
import { loggedUrl } from './logger.options.js';

describe('loggedUrl', () => {
  it('keeps the CRM panel token out of the logs, and everything else as it is', () => {
    expect(loggedUrl('/embed/deals/D-1?token=eyJ.abc.def')).toBe('/embed/deals/D-1?token=***');
    expect(loggedUrl('/x?a=1&token=secret&b=2')).toBe('/x?a=1&token=***&b=2');
    expect(loggedUrl('/library?tag=pricing')).toBe('/library?tag=pricing');
    expect(loggedUrl(undefined)).toBeUndefined();
  });
});
