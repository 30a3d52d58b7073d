// The same export pasted twice on «Импорт», or a municipal and a regional export that both list a
// school: one result per school, year and procedure is imported, the repeat is named in the journal
// with the row it repeats (PRODUCT.md §10: the import never duplicates).
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { parseImport } from '../../../src/core/import/parseImport';

const block = (schools: readonly CellValue[][]): CellValue[][] => [
  ['ВПР 2024'],
  ['5 класс'],
  ['Предмет: Математика'],
  ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '2', '3', '4', '5'],
  ['Вся выборка', 37925, 1332542, 11.68, 38.61, 33.67, 16.04],
  ...schools,
  [],
];
const SCHOOL7 = ['(sch223199) МБОУ СОШ № 7', '', 40, 35, 40, 20, 5];

describe('parseImport: a result that comes twice', () => {
  it('imports the same block pasted twice once, and names the repeat with the row it repeats', () => {
    const reading = parseImport([...block([SCHOOL7]), ...block([SCHOOL7])]);
    expect(reading.results).toEqual([
      expect.objectContaining({ importRow: 6, schoolCode: 'sch223199', failed: 14 }),
    ]);
    expect(reading.comparison).toHaveLength(1);
    expect(reading.entries).toEqual([
      expect.objectContaining({
        sheet: 'Импорт',
        row: 13,
        value: 'МБОУ СОШ № 7',
        problem: expect.stringContaining('в строке 6 листа «Импорт»'),
      }),
    ]);
    expect(reading.entries[0]!.problem).not.toContain('другие числа');
  });

  it('says so when the repeat has other numbers, and keeps the first', () => {
    const other = ['(sch223199) МБОУ СОШ №7', '', 40, 30, 45, 20, 5];
    const reading = parseImport([...block([SCHOOL7]), ...block([other])]);
    expect(reading.results.map((r) => r.failed)).toEqual([14]);
    expect(reading.entries).toEqual([
      expect.objectContaining({ row: 13, problem: expect.stringContaining('другие числа') }),
    ]);
  });

  it('joins by name where a regional centre’s table has no login', () => {
    const reading = parseImport([
      ...block([['МБОУ СОШ № 7', '', 40, 35, 40, 20, 5]]),
      ...block([['МБОУ "СОШ №7"', '', 40, 35, 40, 20, 5]]),
    ]);
    expect(reading.results).toHaveLength(1);
    expect(reading.entries).toHaveLength(1);
  });

  it('keeps results of other years, procedures and schools', () => {
    const reading = parseImport([
      ...block([SCHOOL7, ['(sch223200) МБОУ СОШ № 8', '', 40, 35, 40, 20, 5]]),
      ['ВПР 2023'],
      ['5 класс'],
      ['Предмет: Математика'],
      ...block([SCHOOL7]).slice(3),
    ]);
    expect(reading.results.map((r) => [r.schoolCode, r.year])).toEqual([
      ['sch223199', 2024],
      ['sch223200', 2024],
      ['sch223199', 2023],
    ]);
    expect(reading.entries).toEqual([]);
  });
});
