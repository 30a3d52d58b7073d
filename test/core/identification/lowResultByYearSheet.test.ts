// «ШНОР по годам»'s count rows (PRODUCT.md §2): a school of last year's list counts as «Вышли из
// списка» only when it has results this year and is not flagged; one without any results this year
// is counted apart — the data cannot say it left.
import { describe, expect, it } from 'vitest';
import { identifyFromGrids } from '../../../src/core/identification/identify';
import { lowResultByYearSheet } from '../../../src/core/identification/lowResultByYearSheet';
import { Journal } from '../../../src/core/journal/journal';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { SEED_002_FATES, seed002Results } from './seed002Lists';

const identification = identifyFromGrids(seed002Results(), null, DEFAULT_SETTINGS, new Journal());
const listOf = (year: number) => {
  const list = identification.byYear.find((l) => l.year === year);
  if (!list) throw new Error(`no list for ${year}`);
  return list;
};

describe('how a school of last year’s list fares this year (seed 002_…’s shape)', () => {
  // [school, year, where it is counted]: stays on the list, «Вышли», without results, «Вошли».
  const cases = [
    ['МБОУ СОШ № 7', 2024, 'stays'],
    ['МБОУ СОШ № 6', 2024, 'left'],
    ['МБОУ СОШ № 21', 2024, 'left'],
    ['МБОУ ООШ № 8', 2024, 'withoutResults'],
    ['МБОУ СОШ № 27', 2024, 'withoutResults'],
    ['МБОУ СОШ № 45', 2024, 'entered'],
    ['МБОУ СОШ № 19', 2023, 'left'],
    ['МБОУ СОШ № 23', 2023, 'withoutResults'],
    ['МБОУ СОШ № 21', 2023, 'entered'],
    ['МБОУ СОШ № 27', 2023, 'entered'],
  ] as const;

  it.each(cases)('%s in %i: %s', (school, year, where) => {
    const { schools, change } = listOf(year);
    if (!change) throw new Error(`no change for ${year}`);
    const found = {
      stays: schools.includes(school) && !change.entered.includes(school),
      left: change.left.includes(school),
      withoutResults: change.withoutResults.includes(school),
      entered: change.entered.includes(school),
    };
    // Exactly one place: «вышла» and «нет результатов» never both, nor either with the list.
    expect(Object.entries(found).filter(([, yes]) => yes)).toEqual([[where, true]]);
  });

  it('compares no year whose year before is not a column', () => {
    expect(listOf(2022).change).toBeNull();
  });

  it('counts them so in the sheet, «Вышли из списка» without the schools that have no results', () => {
    expect(lowResultByYearSheet(identification)).toEqual({
      headers: ['№', '2022 год', '2023 год', '2024 год'],
      rows: [
        [1, 'МБОУ ООШ № 8', 'МБОУ ООШ № 8', 'МБОУ СОШ № 7'],
        [2, 'МБОУ СОШ № 6', 'МБОУ СОШ № 6', 'МБОУ СОШ № 45'],
        [3, 'МБОУ СОШ № 7', 'МБОУ СОШ № 7', ''],
        [4, 'МБОУ СОШ № 19', 'МБОУ СОШ № 21', ''],
        [5, 'МБОУ СОШ № 23', 'МБОУ СОШ № 27', ''],
        ['Всего', 5, 5, 2],
        ['Вошли в список', '', 2, 1],
        ['Вышли из списка', '', 1, 2],
        ['Нет результатов за год (вышли ли — неизвестно)', '', 1, 2],
        ['Критерий 2', 'не проверен: нет данных за 2021 год', '', ''],
      ],
    });
  });

  it('has no «Нет результатов за год» row when every school of every list has results the next year', () => {
    const silent = new Set(SEED_002_FATES.filter((f) => f.includes('none')).map(([school]) => school));
    const withResults = seed002Results().filter((row) => !silent.has(String(row[0])));
    const sheet = lowResultByYearSheet(identifyFromGrids(withResults, null, DEFAULT_SETTINGS, new Journal()));
    expect(sheet.rows.map((r) => r[0])).not.toContain('Нет результатов за год (вышли ли — неизвестно)');
    expect(sheet.rows.find((r) => r[0] === 'Вышли из списка')).toEqual(['Вышли из списка', '', 1, 2]);
  });
});
