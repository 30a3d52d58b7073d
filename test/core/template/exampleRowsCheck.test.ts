import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cells/cellValue';
import { schoolKey } from '../../../src/core/identification/schoolKey';
import { locateTable } from '../../../src/core/table/locateTable';
import { EXAMPLE_ROWS } from '../../../src/core/template/exampleRows';
import { exampleRowsEntry, isExampleText, rowRanges } from '../../../src/core/template/exampleRowsCheck';
import { RESULTS_SHEET, ROADMAP_SHEET, TARGETS_SHEET } from '../../../src/core/template/sheets';

const SEED_000_SCHOOLS = ['МБОУ СОШ № 2', 'МБОУ СОШ №7', 'МБОУ ООШ № 8', 'МАОУ лицей № 1'];

describe('the template’s example rows cannot be a real school', () => {
  it.each([
    ['results', 0],
    ['clusters', 0],
    ['roadmap', 1],
    ['targets', 0],
  ] as const)('every %s row is marked «Пример:»', (sheet, column) => {
    const rows = EXAMPLE_ROWS[sheet];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(isExampleText(row[column])).toBe(true);
  });

  it('no example school shares a key with a real one', () => {
    const real = new Set(SEED_000_SCHOOLS.map(schoolKey));
    for (const row of [...EXAMPLE_ROWS.results, ...EXAMPLE_ROWS.clusters]) {
      expect(real.has(schoolKey(String(row[0])))).toBe(false);
    }
  });

  it.each([
    ['Пример: школа № 1', true],
    ['  пример:школа № 2', true],
    ['ПРИМЕР: встреча', true],
    ['Пример школы', false],
    ['МБОУ СОШ № 2 (пример: лучшая)', false],
    ['', false],
    [42, false],
  ])('isExampleText(%j) → %s', (text, expected) => {
    expect(isExampleText(text)).toBe(expected);
  });
});

describe('rowRanges', () => {
  it.each([
    [[2], '2'],
    [[2, 3, 4, 5], '2–5'],
    [[2, 3, 5, 9, 10], '2–3, 5, 9–10'],
    [[], ''],
  ])('%j → %s', (rows, expected) => {
    expect(rowRanges(rows)).toBe(expected);
  });
});

describe('exampleRowsEntry', () => {
  const results = (rows: Grid) => {
    const located = locateTable([RESULTS_SHEET.columns.map((c) => c.header), ...rows], RESULTS_SHEET);
    if (!located.found) throw new Error('not found');
    return located.table;
  };
  const real = ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10];

  it.each<{ name: string; rows: Grid; expected: string | null }>([
    { name: 'examples only (a fresh template)', rows: EXAMPLE_ROWS.results, expected: null },
    { name: 'real data only', rows: [real], expected: null },
    {
      name: 'examples then real data',
      rows: [...EXAMPLE_ROWS.results, [], real],
      expected: `Строки 2–${EXAMPLE_ROWS.results.length + 1}`,
    },
    {
      name: 'one example among real rows',
      rows: [real, EXAMPLE_ROWS.results[0]!, real],
      expected: 'Строки 3 ',
    },
  ])('$name', ({ rows, expected }) => {
    const entry = exampleRowsEntry(results(rows), 'school');
    if (expected === null) expect(entry).toBeNull();
    else {
      expect(entry?.problem).toContain(expected);
      expect(entry).toMatchObject({ sheet: 'Результаты ОП', column: 'Школа', value: 'Пример: школа № 1' });
    }
  });

  it('reads the roadmap by measure and the targets by indicator', () => {
    const roadmap = locateTable(
      [ROADMAP_SHEET.columns.map((c) => c.header), ...EXAMPLE_ROWS.roadmap, ['1', 'Педсовет', 'Май 2024']],
      ROADMAP_SHEET,
    );
    const targets = locateTable(
      [TARGETS_SHEET.columns.map((c) => c.header), ...EXAMPLE_ROWS.targets],
      TARGETS_SHEET,
    );
    expect(roadmap.found && exampleRowsEntry(roadmap.table, 'measure')?.row).toBe(2);
    expect(targets.found && exampleRowsEntry(targets.table, 'indicator')).toBeNull();
  });
});
