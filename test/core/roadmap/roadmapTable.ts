// A «Дорожная карта» grid in the template's column order, for the roadmap tests.
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';

export type MeasureCells = Partial<{
  number: CellValue;
  measure: CellValue;
  deadline: CellValue;
  responsible: CellValue;
  done: CellValue;
  doneDate: CellValue;
  documentLink: CellValue;
  dueDate: CellValue;
  status: CellValue;
  remarks: CellValue;
  curatorComment: CellValue;
  curatorDecision: CellValue;
}>;

export const ROADMAP_HEADERS = ROADMAP_SHEET.columns.map((c) => c.header);

export function roadmapRow(cells: MeasureCells): CellValue[] {
  return ROADMAP_SHEET.columns.map(
    (c) => (cells as Record<string, CellValue>)[c.key] ?? (c.key === 'done' ? false : ''),
  );
}

export function roadmapGrid(rows: readonly MeasureCells[]): Grid {
  return [ROADMAP_HEADERS, ...rows.map(roadmapRow)];
}
