import { describe, expect, it } from 'vitest';
import { readComparison } from '../../../src/core/report/comparison';
import { COMPARISON_SHEET } from '../../../src/core/template/sheets';

const header = COMPARISON_SHEET.columns.map((c) => c.header);

describe('readComparison: the region’s and the municipality’s shares of «Сравнение»', () => {
  it('reads shares as percent points, the procedure and the year as identification does', () => {
    const grid = [
      header,
      ['Вся выборка', 'РФ', 2024, 'ВПР математика 5 класс', 1_000_000, 9.5, '', '', ''],
      ['Регион', 'Энская область', '2023-2024', 'ВПР по математике (5 класс)', 28_977, 10.92, '', '', ''],
      ['Муниципалитет', 'Заречный район', 2024, 'ОГЭ (математика)', '', '0,89', '', '', ''],
      ['Регион', 'Энская область', 2024, 'ВПР математика 5 класс', 1, 99, '', '', ''],
      ['Регион', 'Энская область', 2024, 'ВПР окружающий мир 4 класс', 1, 9, '', '', ''],
      ['', '', '', '', '', '', '', '', ''],
    ];
    expect(readComparison(grid)).toEqual([
      {
        level: 'region',
        name: 'Энская область',
        year: 2024,
        procedure: 'vprMath5',
        participants: 28_977,
        share: 0.1092,
      },
      {
        level: 'municipality',
        name: 'Заречный район',
        year: 2024,
        procedure: 'ogeMath',
        participants: null,
        share: 0.0089,
      },
    ]);
  });

  it('is empty without the sheet or its header', () => {
    expect(readComparison(null)).toEqual([]);
    expect(readComparison([['что-то'], ['другое']])).toEqual([]);
  });
});
