import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cells/cellValue';
import { isDuplicated, locateTable, missingColumns } from '../../../src/core/table/locateTable';
import {
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  ROADMAP_SHEET,
  TARGETS_SHEET,
} from '../../../src/core/template/sheets';

function located<K extends string>(grid: Grid, schema: Parameters<typeof locateTable<K>>[1]) {
  const result = locateTable(grid, schema);
  if (!result.found) throw new Error(`not found: ${result.missingHeaders.join(', ')}`);
  return result.table;
}

describe('locateTable: headers typed twice', () => {
  it.each([
    {
      name: 'a user «Статус» left of the template’s on «Целевые показатели»',
      schema: TARGETS_SHEET,
      header: ['Показатель', 'Статус', 'Базовое значение', 'План', 'Факт', 'Прогресс, %', 'Статус'],
      key: 'status',
      columns: [1, 6],
    },
    {
      name: '«Уровень риска» twice on «Рисковый профиль», one in capitals',
      schema: RISK_PROFILE_SHEET,
      header: ['Параметр анализа', 'Результат', 'УРОВЕНЬ РИСКА', 'Уровень ФИОКО', 'Уровень риска', 'Вывод'],
      key: 'localLevel',
      columns: [2, 4],
    },
    {
      name: '«Замечания» three times on «Дорожная карта»',
      schema: ROADMAP_SHEET,
      header: ['Мероприятие', 'Срок', 'Замечания', 'Замечания', 'Статус', 'замечания '],
      key: 'remarks',
      columns: [2, 3, 5],
    },
    {
      name: 'an input column under two of its aliases («Срок» and «Сроки реализации»)',
      schema: ROADMAP_SHEET,
      header: ['Мероприятие', 'Срок', 'Сроки реализации'],
      key: 'deadline',
      columns: [1, 2],
    },
  ])('$name', ({ schema, header, key, columns }) => {
    const table = located([header, header.map(() => 'x')], schema as typeof TARGETS_SHEET);
    expect(table.duplicates).toEqual([{ key, columns, texts: columns.map((c) => header[c]!.trim()) }]);
    expect(isDuplicated(table, key as 'status')).toBe(true);
    // The first one is still what is read.
    expect(table.columnIndex[key as 'status']).toBe(columns[0]);
  });

  it('a header typed once is no duplicate', () => {
    const table = located([['Показатель', 'Базовое значение', 'План', 'Статус']], TARGETS_SHEET);
    expect(table.duplicates).toEqual([]);
    expect(isDuplicated(table, 'status')).toBe(false);
  });
});

describe('locateTable: a header split over two rows is read joined', () => {
  const top = ['Школа', 'Год', 'Процедура', 'Участников'];
  it.each([
    {
      name: '«Получили» above «2» (the data starts under the second header line)',
      grid: [
        [...top, 'Получили', 'Доля «2», %'],
        ['', '', '', '', '2', ''],
        ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10, ''],
      ],
      expected: { failed: 4 },
      headerRowNumber: 2,
      firstRow: 3,
      joined: [{ key: 'failed', column: 4, upper: 'Получили', lower: '2' }],
    },
    {
      name: 'a merged «Получили» over «2», «3», «4», «5»',
      grid: [
        [...top, 'Получили', '', '', '', 'Доля «2», %'],
        ['', '', '', '', '«2»', '«3»', '«4»', '«5»', ''],
        ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10, 10, 5, 5, ''],
      ],
      expected: { failed: 4, marks3: 5, marks4: 6, marks5: 7 },
      headerRowNumber: 2,
      firstRow: 3,
      joined: [
        { key: 'failed', column: 4, upper: 'Получили', lower: '«2»' },
        { key: 'marks3', column: 5, upper: 'Получили', lower: '«3»' },
        { key: 'marks4', column: 6, upper: 'Получили', lower: '«4»' },
        { key: 'marks5', column: 7, upper: 'Получили', lower: '«5»' },
      ],
    },
    {
      name: '«Получили» in a title row above «2» of the header row',
      grid: [
        ['', '', '', '', 'Получили', ''],
        [...top, '2', 'Доля «2», %'],
        ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10, ''],
      ],
      expected: { failed: 4 },
      headerRowNumber: 2,
      firstRow: 3,
      joined: [{ key: 'failed', column: 4, upper: 'Получили', lower: '2' }],
    },
  ])('$name', ({ grid, expected, headerRowNumber, firstRow, joined }) => {
    const table = located(grid, RESULTS_SHEET);
    expect(table.columnIndex).toMatchObject(expected);
    expect(table.headerRowNumber).toBe(headerRowNumber);
    expect(table.rows[0]?.rowNumber).toBe(firstRow);
    expect(table.joinedHeaders).toEqual(joined);
    expect(table.unrecognisedHeaders).toEqual([]);
  });

  it.each([
    {
      name: 'a data row under an unknown header is data, not a second header line',
      grid: [
        [...top, 'Получили'],
        ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 2],
      ],
    },
    {
      name: 'a second line that does not complete a known header',
      grid: [
        [...top, 'Примечание'],
        ['', '', '', '', '2'],
      ],
    },
  ])('$name', ({ grid }) => {
    const table = located(grid, RESULTS_SHEET);
    expect(table.joinedHeaders).toEqual([]);
    expect(table.headerRowNumber).toBe(1);
    expect(table.columnIndex.failed).toBeUndefined();
    expect(table.unrecognisedHeaders).toEqual([{ column: 4, text: grid[0]![4] }]);
    expect(table.rows).toHaveLength(1);
  });

  it('a joined header never takes a column the row already has', () => {
    const table = located(
      [
        ['', '', '', '', 'Получили', ''],
        [...top, '2', 'Получили «2»'],
      ],
      RESULTS_SHEET,
    );
    expect(table.joinedHeaders).toEqual([]);
    expect(table.columnIndex.failed).toBe(5);
  });
});

describe('locateTable: what the header row holds besides the columns it knows', () => {
  it('names the unrecognised headers and the missing columns', () => {
    const table = located(
      [['Школа', 'Год', 'Процедура', 'Участников', 'Неуд.', 'Доля «2», %', 'Примечание']],
      RESULTS_SHEET,
    );
    expect(table.unrecognisedHeaders).toEqual([
      { column: 4, text: 'Неуд.' },
      { column: 6, text: 'Примечание' },
    ]);
    expect(missingColumns(table)).toEqual([
      'failed',
      'lowResult',
      'schoolCode',
      'marks3',
      'marks4',
      'marks5',
      'source',
    ]);
  });
});

describe('locateTable on any grid (property)', () => {
  const text = fc.constantFrom(
    '',
    'Школа',
    'Год',
    'Процедура',
    'Участников',
    'Получили',
    '2',
    '«3»',
    'Доля «2», %',
    'Примечание',
  );
  const cell = fc.oneof(text, fc.integer({ min: 0, max: 100 }));
  const line = fc.array(cell, { minLength: 6, maxLength: 6 });
  const filled = fc.array(
    fc.oneof(fc.constantFrom('2', 'МБОУ СОШ № 7', 'ОГЭ'), fc.integer({ min: 1, max: 99 })),
    {
      minLength: 6,
      maxLength: 6,
    },
  );

  it('reads every row below its header once, each column for one key', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (rows) => {
        const result = locateTable(rows, RESULTS_SHEET);
        if (!result.found) return;
        const { table } = result;
        expect(table.rows.map((r) => r.rowNumber)).toEqual(
          rows.slice(table.headerRowNumber).map((_, i) => table.headerRowNumber + i + 1),
        );
        const columns = Object.values(table.columnIndex) as number[];
        expect(new Set(columns).size).toBe(columns.length);
      }),
    );
  });

  it('a fully filled row under the header is data, never a second header line', () => {
    fc.assert(
      fc.property(line, filled, (header, data) => {
        const result = locateTable(
          [
            ['Школа', 'Год', 'Процедура', ...header],
            ['МБОУ СОШ № 7', 2024, 'ОГЭ', ...data],
          ],
          RESULTS_SHEET,
        );
        if (!result.found) throw new Error('the required headers are there');
        expect(result.table.headerRowNumber).toBe(1);
        expect(result.table.rows).toHaveLength(1);
      }),
    );
  });
});
