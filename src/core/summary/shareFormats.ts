// Which cells of a school's «Результаты ОП» need their number format for «Сводка» to read the
// shares as the school's own sheet does (PRODUCT.md §2). values.batchGet gives values only; reading
// every file's formats would cost every file a read. Only a number above 0 and up to 1 depends on
// its format (0,89 is 0,89 % in a plain cell, 89 % in a percent-formatted one): a larger number is
// percent points either way (a percent-formatted one is above 100 % and wrong either way), text is
// percent points whatever its format. So the formats are read for the span of such numbers only,
// and every cell outside it is read as not percent-formatted.
import type { Grid } from '../cells/cellValue';
import { locateTable } from '../table/locateTable';
import { RESULTS_SHEET } from '../template/sheets';

/** 1-based rows firstRow…lastRow of a 0-based column. */
export interface FormatSpan {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** The results sheet's share cells whose reading depends on their format; null when none does. */
export function formatDependentShares(grid: Grid): FormatSpan | null {
  const located = locateTable(grid, RESULTS_SHEET);
  if (!located.found) return null;
  const column = located.table.columnIndex.share;
  if (column === undefined) return null;
  const rows = located.table.rows
    .filter((row) => typeof row.cells.share === 'number' && row.cells.share > 0 && row.cells.share <= 1)
    .map((row) => row.rowNumber);
  if (rows.length === 0) return null;
  return { column, firstRow: Math.min(...rows), lastRow: Math.max(...rows) };
}

/** The formats grid of a sheet from the formats read for one span (none read: every cell plain). */
export function formatsGridOf(span: FormatSpan | null, formats: readonly string[]): string[][] {
  const grid: string[][] = [];
  if (!span) return grid;
  formats.forEach((format, i) => {
    const line: string[] = [];
    line[span.column] = format;
    grid[span.firstRow - 1 + i] = line;
  });
  return grid;
}
