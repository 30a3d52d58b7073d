import { describe, expect, it } from 'vitest';
import { lowResultRule } from '../../../src/core/identification/lowResult';
import { type ResultRecord, readResultRecords } from '../../../src/core/identification/resultRecords';
import { Journal } from '../../../src/core/journal/journal';
import { shareChart } from '../../../src/core/report/chartModel';
import type { ComparisonShare } from '../../../src/core/report/comparison';
import { shareTable } from '../../../src/core/report/resultShares';
import { locateTable } from '../../../src/core/table/locateTable';
import { RESULTS_SHEET } from '../../../src/core/template/sheets';
import { sheetRows } from '../../fakes/fakeSchoolWorkbook';

type Row = [year: number, procedure: string, participants: number, failed: number];

/** Records as identification reads them from «Результаты ОП» (minimum participants 5). */
function records(...rows: Row[]): ResultRecord[] {
  const grid = sheetRows(
    RESULTS_SHEET,
    rows.map(([year, procedure, participants, failed]) => ({
      school: 'МБОУ СОШ № 1',
      year,
      procedure,
      participants,
      failed,
    })),
  );
  const located = locateTable(grid, RESULTS_SHEET);
  if (!located.found) throw new Error('no header');
  return [...readResultRecords(located.table, lowResultRule(0.3, 5), new Journal()).records];
}

describe('shareChart', () => {
  it('is null without any share of the last two years', () => {
    expect(shareChart(shareTable([], 5), [], 0.3)).toBeNull();
  });

  it('draws the last two years only, in percent points, with the threshold line', () => {
    const table = shareTable(
      records(
        [2022, 'ВПР математика 5 класс', 20, 10],
        [2023, 'ВПР математика 5 класс', 20, 2],
        [2024, 'ВПР математика 5 класс', 20, 7],
        [2024, 'ОГЭ математика', 30, 3],
      ),
      5,
    );
    const chart = shareChart(table, [], 0.3)!;
    expect(chart.categories).toEqual(['ВПР математика 5 кл.', 'ОГЭ математика']);
    expect(chart.series).toEqual([
      { name: '2023', values: [10, null] },
      { name: '2024', values: [35, 10] },
    ]);
    expect(chart.threshold).toBe(30);
    expect(chart.unit).toBe('%');
    expect(chart.title).toBe('Доля «2» по процедурам, 2023 и 2024');
    expect(chart.altText).toBe(
      'Диаграмма: доля участников, получивших «2», по процедурам в 2023 и 2024 годах, линия порога — 30 %. ВПР математика 5 кл.: 2023 — 10 %, 2024 — 35 %; ОГЭ математика: 2023 — нет данных, 2024 — 10 %.',
    );
  });

  it('leaves a share below the minimum out of the bars and says so', () => {
    const chart = shareChart(shareTable(records([2024, 'ОГЭ математика', 4, 2]), 5), [], 0.3)!;
    expect(chart.series).toEqual([{ name: '2024', values: [null] }]);
    expect(chart.altText).toContain('ОГЭ математика: 2024 — мало участников');
  });

  it('adds the municipality and the region of the last year from «Сравнение»', () => {
    const comparison: ComparisonShare[] = [
      {
        level: 'region',
        name: 'Энская область',
        year: 2024,
        procedure: 'ogeMath',
        participants: 1000,
        share: 0.057,
      },
      {
        level: 'region',
        name: 'Энская область',
        year: 2023,
        procedure: 'ogeMath',
        participants: 1000,
        share: 0.09,
      },
    ];
    const chart = shareChart(shareTable(records([2024, 'ОГЭ математика', 30, 3]), 5), comparison, 0.25)!;
    expect(chart.series).toEqual([
      { name: '2024', values: [10] },
      { name: 'Регион, 2024', values: [5.7] },
    ]);
    expect(chart.threshold).toBe(25);
    expect(chart.altText).toContain('ОГЭ математика: 2024 — 10 %, Регион, 2024 — 5,7 %');
  });
});
