import { describe, expect, it } from '@jest/globals';
import { combineCsv, reportFileName } from './report-csv';

describe('report CSV', () => {
  it('keeps the first header row and every data row of several reports', () => {
    const a = 'period,name,credit\nQ1,Ann,10\n';
    const b = 'period,name,credit\nQ1,Bo,4\nQ1,Cy,2\n';
    expect(combineCsv([a, '', b])).toBe('period,name,credit\nQ1,Ann,10\nQ1,Bo,4\nQ1,Cy,2\n');
    expect(combineCsv([])).toBe('');
  });

  it('names the file after the subject and period, without accents or punctuation', () => {
    expect(reportFileName('Zoë Müller', 'FY2026 Q4')).toBe('authorship-zoe-muller-fy2026-q4.csv');
    expect(reportFileName('!!!', '')).toBe('authorship-report.csv');
  });
});
