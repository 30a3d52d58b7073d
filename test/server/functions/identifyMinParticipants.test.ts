// SHNOR_IDENTIFY takes `Минимум участников` as an optional trailing argument (PRODUCT.md §9: what
// the sheet action takes from «Настройки» and changes the answer), so that with the same settings
// the formula and «Выявить ШНОР» agree: with 5, a result of 4 participants is not counted.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { SHNOR_IDENTIFY, SHNOR_LOW } from '../../../src/server/functions/identification';

const RESULTS: CellValue[][] = [
  ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»'],
  ['МБОУ ООШ № 8', 2023, 'ВПР математика 6 класс', 10, 4],
  ['МБОУ ООШ № 8', 2024, 'ОГЭ математика', 4, 2],
];

const verdict = (table: CellValue[][]) => table.slice(1).map((r) => [r[0], r[1], r[2]]);

describe('SHNOR_IDENTIFY(results; year; threshold; same_procedure; min_participants)', () => {
  it('counts every result without it, as the template’s «Минимум участников» 1', () => {
    expect(verdict(SHNOR_IDENTIFY(RESULTS, 2024))).toEqual([['МБОУ ООШ № 8', 'Да', '2']]);
    expect(verdict(SHNOR_IDENTIFY(RESULTS, 2024, '', '', 1))).toEqual([['МБОУ ООШ № 8', 'Да', '2']]);
  });

  it('leaves out a result with fewer participants, and says so in Пояснение', () => {
    const table = SHNOR_IDENTIFY(RESULTS, 2024, 30, 'Нет', 5);
    expect(verdict(table)).toEqual([['МБОУ ООШ № 8', 'Нет', '']]);
    expect(String(table[1]![3])).toContain('мало участников (4, нужно не менее 5)');
  });

  it.each([['пять'], [-1], [2.5], [5000]])('explains a minimum of %j', (value) => {
    expect(() => SHNOR_IDENTIFY(RESULTS, 2024, '', '', value)).toThrow(/min_participants/);
  });

  it('takes one value, not a range', () => {
    expect(() => SHNOR_IDENTIFY(RESULTS, 2024, '', '', [[5], [6]])).toThrow(/min_participants/);
  });
});

describe('SHNOR_LOW(failed_or_share; participants; threshold; min_participants)', () => {
  it('gives "" for fewer participants than the minimum, as «Низкий результат» says «мало участников»', () => {
    expect(SHNOR_LOW(2, 4)).toBe(true);
    expect(SHNOR_LOW(2, 4, '', 5)).toBe('');
    expect(SHNOR_LOW(2, 5, '', 5)).toBe(true);
    expect(SHNOR_LOW([[2], [3]], [[4], [10]], 30, 5)).toEqual([[''], [true]]);
    expect(() => SHNOR_LOW(2, 4, '', 'пять')).toThrow(/min_participants/);
  });
});
