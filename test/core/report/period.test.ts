import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../../../src/core/report/period';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';

const day = (year: number, month = 1, d = 1) => ({ year, month, day: d });
const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const reportDate = day(2024, 11, 20);

describe('reportPeriod: the one period of the справка', () => {
  it.each([
    [
      'programme of several years',
      settings({ programStart: day(2021), programEnd: day(2024, 12, 31) }),
      2024,
      '2021–2024 годы',
    ],
    [
      'programme of one year',
      settings({ programStart: day(2024), programEnd: day(2024, 12, 31) }),
      2023,
      '2024 год',
    ],
    ['no programme: the identification’s year', settings({ analysisYear: 2023 }), 2022, '2022 год'],
    ['no programme, no data: `Год анализа`', settings({ analysisYear: 2023 }), null, '2023 год'],
    ['nothing set: the report date’s year', settings({}), null, '2024 год'],
    ['only a start: the analysis year', settings({ programStart: day(2021) }), 2024, '2024 год'],
  ])('%s', (_case, s, analysisYear, expected) => {
    expect(reportPeriod(s, analysisYear, reportDate)).toBe(expected);
  });
});
