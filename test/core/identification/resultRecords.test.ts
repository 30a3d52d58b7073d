import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { lowResultRule } from '../../../src/core/identification/lowResult';
import { type ResultsTable, readResultRecords } from '../../../src/core/identification/resultRecords';
import { Journal } from '../../../src/core/journal/journal';
import { locateTable } from '../../../src/core/table/locateTable';
import { RESULTS_SHEET } from '../../../src/core/template/sheets';

const HEADER = ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %', 'Низкий результат'];

function table(rows: CellValue[][]): ResultsTable {
  const located = locateTable([HEADER, ...rows], RESULTS_SHEET);
  if (!located.found) throw new Error('no table');
  return located.table;
}

function read(rows: CellValue[][], minParticipants = 1) {
  const journal = new Journal();
  const reading = readResultRecords(table(rows), lowResultRule(0.3, minParticipants), journal);
  return { ...reading, journal: journal.entries };
}

describe('readResultRecords: `Низкий результат` of every row', () => {
  it('marks low, not low, too few participants and no data', () => {
    const { marks, journal } = read(
      [
        ['МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', 35, 12, ''],
        ['МБОУ СОШ № 2', 2024, 'ВПР математика 6 класс', 40, 11, ''],
        ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 3, 3, ''],
        ['МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', 30, '', ''],
        [],
      ],
      5,
    );
    expect(marks).toEqual(['Да', 'Нет', 'мало участников', 'нет данных', '']);
    expect(journal).toEqual([]);
  });

  it.each<[CellValue, string]>([
    [0.34, 'Да'],
    [34, 'Да'],
    ['34 %', 'Да'],
    ['34,5%', 'Да'],
    ['30', 'Да'],
    [0.29, 'Нет'],
    ['29,9 %', 'Нет'],
  ])('reads the share %j when only the share is known → %s', (share, mark) => {
    const { marks, journal } = read([['МБОУ СОШ № 2', 2024, 'ОГЭ математика', '', '', share]]);
    expect(marks).toEqual([mark]);
    expect(journal).toEqual([]);
  });

  it('reads counts typed as text and years typed as a school year', () => {
    const { records } = read([['МБОУ СОШ № 2', '2023-2024 уч. год', 'ОГЭ (математика)', ' 28 ', '9', '']]);
    expect(records[0]).toMatchObject({ year: 2024, procedure: 'ogeMath', outcome: 'low' });
    expect(records[0]!.measure).toEqual({ participants: 28, failed: 9, share: null });
  });

  it('lets the counts win over a disagreeing share, and says so', () => {
    const { marks, journal } = read([
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 35, 12, '34 %'], // 34.3 %: a rounding of the same
      ['МБОУ СОШ № 3', 2024, 'ОГЭ математика', 35, 12, 0.35], // one unit of the last digit off: still agrees
      ['МБОУ СОШ № 4', 2024, 'ОГЭ математика', 100, 20, '40 %'], // 20 % by the counts
    ]);
    expect(marks).toEqual(['Да', 'Да', 'Нет']);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ row: 4, column: 'Доля «2», %', value: '40 %' });
    expect(journal[0]!.problem).toContain('учтены числа участников и «2»');
  });
});

describe('readResultRecords: a bad row goes to the journal and is skipped', () => {
  const cases: [string, CellValue[], string, string][] = [
    [
      'unknown procedure',
      ['МБОУ СОШ № 2', 2024, 'ВПР физика 8 класс', 30, 10, ''],
      'Процедура',
      'ВПР математика 5 класс',
    ],
    [
      'failed > participants',
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 20, 25, ''],
      'Получили «2»',
      'перепутаны',
    ],
    [
      'negative participants',
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', -20, 5, ''],
      'Участников',
      'целое неотрицательное',
    ],
    ['«н/д»', ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 20, 'н/д', ''], 'Получили «2»', 'вместо «н/д»'],
    ['fractional count', ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 20.5, 5, ''], 'Участников', 'целое'],
    [
      'share above 100 %',
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', '', '', '140 %'],
      'Доля «2», %',
      'от 0 до 100',
    ],
    ['negative share', ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', '', '', -0.3], 'Доля «2», %', 'от 0 до 100'],
    ['missing school', ['', 2024, 'ОГЭ математика', 20, 5, ''], 'Школа', 'название школы'],
    ['missing year', ['МБОУ СОШ № 2', '', 'ОГЭ математика', 20, 5, ''], 'Год', '2023-2024'],
    ['unreadable year', ['МБОУ СОШ № 2', 'прошлый год', 'ОГЭ математика', 20, 5, ''], 'Год', '2023-2024'],
    [
      'failed without participants',
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', '', 5, ''],
      'Участников',
      'Доля',
    ],
  ];

  it.each(cases)('%s', (_name, row, column, fixPart) => {
    const good: CellValue[] = ['МБОУ СОШ № 9', 2024, 'ОГЭ русский язык', 20, 6, ''];
    const { marks, records, journal } = read([row, good]);
    expect(marks).toEqual(['', 'Да']);
    expect(records.map((r) => r.rowNumber)).toEqual([3]);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ sheet: 'Результаты ОП', row: 2, column });
    expect(journal[0]!.problem).toContain('Строка не учтена');
    expect(journal[0]!.fix).toContain(fixPart);
  });

  it('lists every accepted procedure name in the fix of an unknown one', () => {
    const { journal } = read([['МБОУ СОШ № 2', 2024, 'ЕГЭ математика', 20, 5, '']]);
    for (const name of ['ЕГЭ математика (базовая)', 'ЕГЭ математика (профильная)', 'ОГЭ русский язык']) {
      expect(journal[0]!.fix).toContain(name);
    }
  });

  it('keeps the first of duplicate school × year × procedure rows, matching schools loosely', () => {
    const { marks, records, journal } = read([
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 20, 8, ''],
      ['МБОУ "СОШ №2"', 2024, 'ОГЭ (математика)', 20, 1, ''],
    ]);
    expect(marks).toEqual(['Да', '']);
    expect(records).toHaveLength(1);
    expect(journal[0]).toMatchObject({ row: 3, column: 'Процедура' });
    expect(journal[0]!.problem).toContain('повторяют строку 2');
  });

  it('reports every wrong cell of one row', () => {
    const { journal } = read([['', 'когда-то', 'ОГЭ математика', 'н/д', 5, '']]);
    expect(journal.map((e) => e.column)).toEqual(['Школа', 'Год', 'Участников']);
  });
});

describe('readResultRecords: totals rows of a pasted district table', () => {
  it('are not schools: reported once and left out', () => {
    const { marks, records, journal } = read([
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 28, 9, ''],
      ['Итого по району', 2024, 'ОГЭ математика', 900, 120, ''],
      ['ВСЕГО', 2024, 'ОГЭ математика', 900, 120, ''],
    ]);
    expect(records.map((r) => r.school)).toEqual(['МБОУ СОШ № 2']);
    expect(marks).toEqual(['Да', '', '']);
    expect(journal.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'Школа', 'Итого по району'],
      [4, 'Школа', 'ВСЕГО'],
    ]);
  });
});
