import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cells/cellValue';
import { headersNotFoundEntry, tableShapeEntries } from '../../../src/core/journal/tableShapeProblems';
import { locateTable } from '../../../src/core/table/locateTable';
import { columnOf } from '../../../src/core/table/schema';
import { ROADMAP_SHEET, TARGETS_SHEET } from '../../../src/core/template/sheets';

function targets(grid: Grid) {
  const located = locateTable(grid, TARGETS_SHEET);
  if (!located.found) throw new Error('not found');
  return located.table;
}

describe('tableShapeEntries', () => {
  it.each<{ name: string; grid: Grid; expected: Record<string, unknown>[] }>([
    {
      name: 'a clean header says nothing',
      grid: [['Показатель', 'Базовое значение', 'План', 'Факт', 'Статус']],
      expected: [],
    },
    {
      name: 'an output header twice: neither written',
      grid: [['', 'Показатель', 'Статус', 'Базовое значение', 'План', 'Факт', 'СТАТУС']],
      expected: [
        {
          row: 1,
          column: 'Статус',
          value: 'Статус | СТАТУС',
          problem:
            'Заголовок «Статус» встречается 2 раза (столбцы C, G): ШНОР-монитор не заполняет ни один из них, чтобы не затереть ваши данные',
        },
      ],
    },
    {
      name: 'an input header twice: the first read',
      grid: [['Показатель', 'План', 'Базовое значение', 'План', 'Факт']],
      expected: [
        {
          column: 'План',
          problem: 'Заголовок «План» встречается 2 раза (столбцы B, D): прочитан только первый (B)',
        },
      ],
    },
    {
      name: 'a header below a title row keeps its own row number',
      grid: [
        ['Целевые показатели программы'],
        [],
        ['Показатель', 'Статус', 'Базовое значение', 'План', 'Статус'],
      ],
      expected: [{ row: 3, column: 'Статус' }],
    },
  ])('$name', ({ grid, expected }) => {
    const entries = tableShapeEntries(targets(grid));
    expect(entries).toHaveLength(expected.length);
    expect(entries).toMatchObject(expected.map((e) => ({ sheet: 'Целевые показатели', ...e })));
  });

  it('names a missing expected column with what the header row holds and the accepted names', () => {
    const table = targets([['Показатель', 'Базовое значение', 'План', 'Достигнуто на 01.09']]);
    const [entry, ...rest] = tableShapeEntries(table, { fact: 'статус «Нет данных»' });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ row: 1, column: 'Факт', value: 'Достигнуто на 01.09' });
    const fact = columnOf(TARGETS_SHEET, 'fact');
    const accepted = [fact.header, ...(fact.aliases ?? [])].map((h) => `«${h}»`).join(', ');
    expect(accepted).toContain('«Факт», «Фактическое значение»');
    expect(entry!.problem).toBe(
      `Не найден столбец «Факт» (подходят названия: ${accepted}): статус «Нет данных». В строке заголовков есть нераспознанные: «Достигнуто на 01.09»`,
    );
    expect(entry!.fix).toContain('Назовите столбец «Факт»');
  });

  it('a missing column that is not expected is not a remark', () => {
    const located = locateTable([['Мероприятие', 'Срок']], ROADMAP_SHEET);
    expect(located.found && tableShapeEntries(located.table)).toEqual([]);
  });
});

describe('headersNotFoundEntry', () => {
  const aliases = (key: 'measure' | 'deadline') =>
    (columnOf(ROADMAP_SHEET, key).aliases ?? []).map((a) => `«${a}»`).join(', ');

  it.each([
    {
      name: 'a roadmap pasted from a report: the accepted names and what the first rows hold',
      grid: [['Направления работы', 'Место проведения', 'Срок']],
      problem: () =>
        `Не найдены заголовки: «Мероприятие»; вместо «Мероприятие» подходят: ${aliases('measure')}. В первых строках листа есть: «Направления работы», «Место проведения»`,
    },
    {
      name: 'an empty sheet: nothing found to name',
      grid: [],
      problem: () =>
        `Не найдены заголовки: «Мероприятие», «Срок»; вместо «Мероприятие» подходят: ${aliases('measure')}; вместо «Срок» подходят: ${aliases('deadline')}`,
    },
  ])('$name', ({ grid, problem }) => {
    const located = locateTable(grid, ROADMAP_SHEET);
    if (located.found) throw new Error('found');
    const entry = headersNotFoundEntry(ROADMAP_SHEET, located);
    expect(entry).toMatchObject({ sheet: 'Дорожная карта', row: null, problem: problem() });
  });
});
