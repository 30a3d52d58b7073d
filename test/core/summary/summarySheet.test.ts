import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import { summaryMessages as m } from '../../../src/core/messages/summary';
import { spreadsheetUrl } from '../../../src/core/summary/driveIds';
import {
  NO_METRICS,
  type SchoolMetrics,
  SUMMARY_HEADERS,
  type SummaryEntry,
} from '../../../src/core/summary/summaryEntry';
import {
  mergeSummary,
  readSummarySheet,
  SUMMARY_SHAPE,
  summaryTable,
} from '../../../src/core/summary/summarySheet';
import { locateOwnedSheet, planOwnedSheet } from '../../../src/core/table/ownedSheetPlan';

const STAMP = new Date('2024-11-20T06:00:00Z');

function entry(fileId: string, school: string, metrics: Partial<SchoolMetrics> = {}): SummaryEntry {
  return { fileId, school, metrics: { ...NO_METRICS, ...metrics }, updatedAt: STAMP, error: '' };
}

function stateOf(grid: Grid | null) {
  const read = readSummarySheet(grid);
  if (!read.ok) throw new Error(read.problem);
  return read.state;
}

const schools = (grid: { rows: CellValue[][] }): CellValue[] => grid.rows.map((row) => row[0]!);

/** «Сводка» as the one owned-sheet writer lays the merged rows over the sheet as it was. */
function rewritten(previous: Grid, rows: CellValue[][]) {
  const located = locateOwnedSheet(previous, SUMMARY_SHAPE);
  if (!located.found) throw new Error('«Сводка» header not found');
  const { block } = planOwnedSheet(previous, null, located.layout, SUMMARY_SHAPE, rows);
  return { headers: block[0]!, rows: block.slice(1) };
}

describe('«Сводка»: merge by file and sort', () => {
  const fresh = [
    entry('file-a-0000001', 'МБОУ СОШ № 2', { isLowResult: false, overdue: 1 }),
    entry('file-b-0000001', 'МБОУ ООШ № 8', { isLowResult: true, overdue: 0 }),
    entry('file-c-0000001', 'МАОУ лицей № 1', { isLowResult: false, overdue: 4 }),
    entry('file-d-0000001', 'МБОУ СОШ № 5', { isLowResult: true, overdue: 3 }),
    entry('file-e-0000001', 'МБОУ СОШ № 6', { isLowResult: false, overdue: 1 }),
    entry('file-f-0000001', 'Бюджет'),
  ];
  const listed = new Set(fresh.map((e) => e.fileId));

  it('puts ШНОР first, then more overdue measures, equal rows in their previous order, no-data rows last', () => {
    const table = summaryTable(mergeSummary(stateOf(null), fresh, listed));
    expect(schools(table)).toEqual([
      'МБОУ СОШ № 5',
      'МБОУ ООШ № 8',
      'МАОУ лицей № 1',
      'МБОУ СОШ № 2',
      'МБОУ СОШ № 6',
      'Бюджет',
    ]);
    expect(table.headers).toEqual(SUMMARY_HEADERS);
    expect(table.rows[0]).toEqual([
      'МБОУ СОШ № 5',
      spreadsheetUrl('file-d-0000001'),
      'Да',
      '',
      '',
      '',
      3,
      '',
      '',
      '',
      '',
      '',
      STAMP,
      '',
    ]);
  });

  it('is stable: equal rows keep the order the curator left them in', () => {
    const first = summaryTable(mergeSummary(stateOf(null), fresh, listed));
    // The curator moved МБОУ СОШ № 6 above МБОУ СОШ № 2 (both: not ШНОР, 1 overdue).
    const rows = [...first.rows];
    [rows[3], rows[4]] = [rows[4]!, rows[3]!];
    const again = summaryTable(mergeSummary(stateOf([first.headers, ...rows]), fresh, listed));
    expect(schools(again).slice(3, 5)).toEqual(['МБОУ СОШ № 6', 'МБОУ СОШ № 2']);
  });

  it('carries the curator’s columns, wherever they stand, with their file (through the writer)', () => {
    const first = summaryTable(mergeSummary(stateOf(null), fresh.slice(0, 2), listed));
    // A notes column inserted between «Школа» and «Файл», and one after the last column.
    const grid: Grid = [
      ['Школа', 'Заметки', ...first.headers.slice(1), 'Решение'],
      ...first.rows.map((row, i) => [row[0]!, `заметка ${i}`, ...row.slice(1), i === 0 ? 'выезд' : '']),
    ];
    const noteOf = (table: { rows: CellValue[][] }, fileId: string) => {
      const row = table.rows.find((r) => r[2] === spreadsheetUrl(fileId))!;
      return [row[1], row[row.length - 1]];
    };
    const before = stateOf(grid);
    const merged = summaryTable(
      mergeSummary(
        before,
        [entry('file-a-0000001', 'МБОУ СОШ № 2', { isLowResult: true, overdue: 9 })],
        listed,
      ),
    );
    const after = rewritten(grid, merged.rows);
    expect(after.headers).toEqual(['Школа', 'Заметки', ...SUMMARY_HEADERS.slice(1), 'Решение']);
    expect(schools(after)[0]).toBe('МБОУ СОШ № 2');
    const firstFile = String(first.rows[0]![1]).includes('file-b') ? 'file-b-0000001' : 'file-a-0000001';
    expect(noteOf(after, firstFile)).toEqual(['заметка 0', 'выезд']);
  });

  it('marks a file no longer in the folder and keeps its row; keeps a row typed without a file', () => {
    const first = summaryTable(mergeSummary(stateOf(null), fresh.slice(0, 2), listed));
    const grid: Grid = [
      [...first.headers],
      ...first.rows,
      ['Школа без файла', '', '', '', '', '', '', '', '', '', ''],
    ];
    const after = summaryTable(mergeSummary(stateOf(grid), [], new Set(['file-b-0000001'])));
    expect(after.rows).toHaveLength(3);
    const left = after.rows.find((row) => row[0] === 'МБОУ СОШ № 2')!;
    expect(left[SUMMARY_HEADERS.indexOf('Ошибка')]).toBe(m.leftFolder);
    expect(schools(after)).toEqual(['МБОУ ООШ № 8', 'МБОУ СОШ № 2', 'Школа без файла']);
  });

  it('refuses a sheet of other data rather than overwrite it', () => {
    expect(readSummarySheet([['План'], ['понедельник']])).toEqual({ ok: false, problem: m.summaryOccupied });
    expect(readSummarySheet([[''], ['']])).toEqual({ ok: true, state: { rows: [] } });
  });
});
