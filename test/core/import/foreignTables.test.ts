// Tables the import does not know, pasted between export blocks (ФИС ОКО's result page has several:
// «Выполнение заданий», «Распределение первичных баллов», «Сравнение отметок с отметками по
// журналу»): their rows are never imported as schools of the block above, the table is named in the
// journal with what was expected, and the blocks around it are still imported (PRODUCT.md §10).
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { parseImport } from '../../../src/core/import/parseImport';

const block = (year: number, subject: string, schools: readonly CellValue[][]): CellValue[][] => [
  [`Всероссийские проверочные работы ${year} (5 класс)`],
  [`Предмет: ${subject}`],
  ['Статистика по отметкам'],
  ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '2', '3', '4', '5'],
  ['Вся выборка', 37925, 1332542, '11,68', '38,61', '33,67', '16,04'],
  ...schools,
];

const MATH = block(2024, 'Математика', [
  ['(sch223197) МБОУ "СОШ №2"', '', 57, '36,84', '35,09', '19,3', '8,77'],
  ['(sch223199) МБОУ СОШ № 7', '', 40, 35, 40, 20, 5],
]);
const RUSSIAN = block(2024, 'Русский язык', [
  ['(sch223197) МБОУ "СОШ №2"', '', 57, '1,75', '35,09', '43,86', '19,3'],
]);

// ФИС ОКО «Выполнение заданий»: task numbers where «Статистика по отметкам» has its marks.
const TASKS: CellValue[][] = [
  ['Выполнение заданий'],
  ['(в % от числа участников)'],
  ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 1, 2, 3, 4, 5, 6, 7],
  ['Вся выборка', 37925, 1332542, 85, 61, 70, 55, 48, 40, 22],
  ['(sch223197) МБОУ "СОШ №2"', '', 57, 80, 60, 64, 50, 45, 33, 20],
];

// «Распределение первичных баллов»: one column per score 0…8.
const SCORES: CellValue[][] = [
  ['Распределение первичных баллов'],
  ['Группы участников', 'Кол-во участников', 0, 1, 2, 3, 4, 5, 6, 7, 8],
  ['(sch223197) МБОУ "СОШ №2"', 57, 0, 2, 3, 5, 8, 10, 12, 9, 8],
];

const schools = (reading: ReturnType<typeof parseImport>) =>
  reading.results.map((r) => [r.school, r.procedure, r.participants]);

describe('parseImport: a table the import does not know, between export blocks', () => {
  it.each([
    ['«Выполнение заданий» after a blank line', [...MATH, [], ...TASKS, [], ...RUSSIAN], 11],
    ['«Выполнение заданий» with no blank line', [...MATH, ...TASKS, ...RUSSIAN], 10],
    ['«Распределение первичных баллов»', [...MATH, [], ...SCORES, [], ...RUSSIAN], 10],
    [
      'a table of other headers',
      [...MATH, ['Отчёт о чём-то'], ['Наименование', 'Показатель', 'Значение'], ['a', 1, 2], ...RUSSIAN],
      9,
    ],
  ])('%s: imports the blocks around it, none of its rows, and names it', (_case, grid, headerRow) => {
    const reading = parseImport(grid);
    expect(reading.blocks.map((b) => b.schoolRows)).toEqual([2, 1]);
    expect(schools(reading)).toEqual([
      ['МБОУ "СОШ №2"', 'ВПР математика 5 класс', 57],
      ['МБОУ СОШ № 7', 'ВПР математика 5 класс', 40],
      ['МБОУ "СОШ №2"', 'ВПР русский язык 5 класс', 57],
    ]);
    expect(reading.results.map((r) => r.failed)).toEqual([21, 14, 1]);
    expect(reading.comparison).toHaveLength(2);
    expect(reading.entries).toEqual([
      expect.objectContaining({
        sheet: 'Импорт',
        row: headerRow,
        problem: expect.stringContaining('не распознан'),
        fix: expect.stringContaining('«Статистика по отметкам»'),
      }),
    ]);
  });

  it('a table it does not know after the last block is named too', () => {
    const reading = parseImport([...MATH, [], ...TASKS]);
    expect(schools(reading)).toHaveLength(2);
    expect(reading.entries).toEqual([expect.objectContaining({ row: 11 })]);
  });

  it('a school row with «нет данных» in its cells does not end the block', () => {
    const reading = parseImport(
      block(2024, 'Математика', [
        ['(sch223198) МБОУ ООШ № 8', '', 'нет данных', 'нет данных', 'нет данных', '', ''],
        ['(sch223199) МБОУ СОШ № 7', '', 40, 35, 40, 20, 5],
      ]),
    );
    expect(schools(reading)).toEqual([['МБОУ СОШ № 7', 'ВПР математика 5 класс', 40]]);
    expect(reading.entries).toEqual([expect.objectContaining({ row: 6, value: 'нет данных' })]);
  });
});
