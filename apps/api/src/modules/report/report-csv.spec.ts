import { describe, expect, it } from '@jest/globals';
import { REPORT_CSV_HEADER, csvCell, reportCsv } from './report-csv.js';

describe('report CSV', () => {
  it('quotes what needs quoting and keeps names from running as spreadsheet formulas', () => {
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvCell('Say "hi"')).toBe('"Say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-4)).toBe('-4');
    expect(csvCell(null)).toBe('');
  });

  it('writes a header and one CRLF-terminated row per person, every column filled', () => {
    const text = reportCsv([
      {
        period: 'FY2026 Q4',
        team: null,
        userId: 'u1',
        name: 'Ana',
        rank: null,
        metrics: {
          credit: 12,
          assetsAuthored: 1,
          reusesReceived: { COPY: 3 },
          uniqueReusers: 2,
          teamsReached: 1,
          endorsementsReceived: { VERIFIED: 1 },
          derivedAssets: 0,
          wonDealsInfluenced: 1,
          wonAmountInfluenced: 1250.5,
          sharing: 4,
          participating: 2,
          contributing: 1,
        },
      },
    ]);
    const [header, row, end] = text.split('\r\n');
    expect(header.split(',')).toEqual(REPORT_CSV_HEADER);
    expect(row).toBe('FY2026 Q4,,u1,Ana,12,,1,0,3,0,0,0,2,1,0,0,1,0,1,1250.5,4,2,1');
    expect(row.split(',')).toHaveLength(REPORT_CSV_HEADER.length);
    expect(end).toBe('');
  });
});
