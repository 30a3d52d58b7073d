import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { identifyFromGrids } from '../../../src/core/identification/identify';
import {
  LOW_RESULT_SCHOOLS_SHAPE,
  lowResultSchoolsSheet,
} from '../../../src/core/identification/lowResultSchoolsSheet';
import { Journal } from '../../../src/core/journal/journal';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { locateOwnedSheet, planOwnedSheet } from '../../../src/core/table/ownedSheetPlan';

const RESULTS: CellValue[][] = [
  ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»'],
  ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 30, 10],
  ['МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', 30, 10],
  ['МБОУ СОШ № 5', 2024, 'ОГЭ математика', 30, 1],
];
const OWN = [
  'Школа',
  'Год анализа',
  'ШНОР',
  'Критерий',
  'Низких процедур',
  'Пояснение',
  'Кластер ФИОКО',
  'Динамика кластера',
];

const identification = identifyFromGrids(RESULTS, null, DEFAULT_SETTINGS, new Journal());

/** The sheet as the one owned-sheet writer lays it out over the previous grid. */
function rewritten(previous: CellValue[][]) {
  const located = locateOwnedSheet(previous, LOW_RESULT_SCHOOLS_SHAPE);
  if (!located.found) throw new Error('«ШНОР» header not found');
  const { block } = planOwnedSheet(
    previous,
    null,
    located.layout,
    LOW_RESULT_SCHOOLS_SHAPE,
    lowResultSchoolsSheet(identification).rows,
  );
  return { headers: block[0]!, rows: block.slice(1) };
}

describe('«ШНОР»: one row per school, user columns kept with their school', () => {
  it('writes the eight columns, flagged schools first', () => {
    const sheet = lowResultSchoolsSheet(identification);
    expect(sheet.headers).toEqual(OWN);
    expect(sheet.rows).toEqual([
      [
        'МБОУ СОШ № 2',
        2024,
        'Да',
        '1',
        2,
        'ОГЭ математика 2024: 33 % (10 из 30); ОГЭ русский язык 2024: 33 % (10 из 30); ' +
          'Критерий 2 не проверен: нет результатов за 2023 год',
        '',
        '',
      ],
      [
        'МБОУ СОШ № 5',
        2024,
        'Нет',
        '',
        0,
        'Низких результатов в 2023–2024 гг. нет; Критерий 2 не проверен: нет результатов за 2023 год',
        '',
        '',
      ],
    ]);
  });

  it('keeps a column the user added, matched by loose school name whatever the order', () => {
    const previous: CellValue[][] = [
      [...OWN, 'Куратор'],
      ['МБОУ "СОШ №5"', 2024, 'Нет', '', 0, '', '', '', 'Иванова'],
      ['МБОУ СОШ №2', 2024, 'Да', '1', 2, '', '', '', 'Петров'],
    ];
    const sheet = rewritten(previous);
    expect(sheet.headers).toEqual([...OWN, 'Куратор']);
    expect(sheet.rows.map((r) => [r[0], r[8]])).toEqual([
      ['МБОУ СОШ № 2', 'Петров'],
      ['МБОУ СОШ № 5', 'Иванова'],
    ]);
  });

  it('keeps the notes of a school no longer in the results at the bottom, never dropping them', () => {
    const previous: CellValue[][] = [
      [...OWN, 'Комментарий'],
      ['МБОУ СОШ № 99', 2023, 'Да', '1', 2, '', '', '', 'закрыта в 2024'],
      ['МБОУ СОШ № 98', 2023, 'Нет', '', 0, '', '', '', ''],
    ];
    const sheet = rewritten(previous);
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows[2]![0]).toBe('МБОУ СОШ № 99');
    expect(sheet.rows[2]![5]).toContain('Школы нет на листе «Результаты ОП»');
    expect(sheet.rows[2]![8]).toBe('закрыта в 2024');
  });
});
