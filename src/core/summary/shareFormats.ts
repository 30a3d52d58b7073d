// Which cells of a school's sheets need their number format for «Сводка» to read the shares as the
// school's own sheets do (PRODUCT.md §2): `Доля «2», %` of «Результаты ОП», a «%» row of «Рисковый
// профиль», «Пороги рисков» and «Целевые показатели». values.batchGet gives values only, and
// reading every file's formats would cost every file a read. Only a number from 0 to 1 (0 left out)
// depends on its format: 0,89 is 0,89 % in a plain cell and 89 % in a percent-formatted one. A
// larger number is percent points either way (formatted as percent it is above 100 %, wrong either
// way), and text is percent points whatever its format. So formats are read for the span of such
// numbers only, and every other cell of these sheets is read as not formatted as percent.
import type { CellValue, Grid } from '../cells/cellValue';
import { isPercentUnit } from '../risk/riskCatalogue';
import { locateTable } from '../table/locateTable';
import type { SheetSchema } from '../table/schema';
import { targetScale } from '../targets/targetValues';
import { RESULTS_SHEET, RISK_PROFILE_SHEET, RISK_THRESHOLDS_SHEET, TARGETS_SHEET } from '../template/sheets';

/** The sheets whose numbers may be shares, by template name. */
export const SHARE_SHEET_NAMES: readonly string[] = [
  RESULTS_SHEET.name,
  RISK_PROFILE_SHEET.name,
  RISK_THRESHOLDS_SHEET.name,
  TARGETS_SHEET.name,
];

/** Cells of one column of a sheet (template name): 1-based rows firstRow…lastRow, 0-based column. */
export interface FormatCells {
  readonly sheet: string;
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Number formats by sheet row and column, as getNumberFormats gives them; a gap is a plain cell. */
export type FormatsGrid = string[][];

const readsByFormat = (value: CellValue): boolean =>
  typeof value === 'number' && value !== 0 && Math.abs(value) <= 1;

/** The span of one column's cells that depend on their format, among the rows kept. */
function spansOf<K extends string>(
  grid: Grid | undefined,
  schema: SheetSchema<K>,
  keys: readonly K[],
  keep: (cells: Readonly<Record<K, CellValue>>) => boolean = () => true,
): FormatCells[] {
  if (!grid) return [];
  const located = locateTable(grid, schema);
  if (!located.found) return [];
  const { table } = located;
  const rows = table.rows.filter((row) => keep(row.cells));
  const spans: FormatCells[] = [];
  for (const key of keys) {
    const column = table.columnIndex[key];
    if (column === undefined) continue;
    const found = rows.filter((row) => readsByFormat(row.cells[key])).map((row) => row.rowNumber);
    if (found.length === 0) continue;
    spans.push({ sheet: schema.name, column, firstRow: Math.min(...found), lastRow: Math.max(...found) });
  }
  return spans;
}

/** The cells of the school's sheets (by template name) whose reading depends on their format. */
export function formatDependentCells(grids: ReadonlyMap<string, Grid>): FormatCells[] {
  return [
    ...spansOf(grids.get(RESULTS_SHEET.name), RESULTS_SHEET, ['share']),
    // A profile row's unit may come from its threshold: every row's number is taken.
    ...spansOf(grids.get(RISK_PROFILE_SHEET.name), RISK_PROFILE_SHEET, ['value']),
    // Only «%» rows: the template's «ед.» thresholds 1 and 2 must not cost every file a read.
    ...spansOf(
      grids.get(RISK_THRESHOLDS_SHEET.name),
      RISK_THRESHOLDS_SHEET,
      ['mediumFrom', 'highFrom'],
      (c) => isPercentUnit(c.unit),
    ),
    ...spansOf(
      grids.get(TARGETS_SHEET.name),
      TARGETS_SHEET,
      ['base', 'plan', 'fact'],
      (c) => targetScale(c.unit, c.indicator, [c.base, c.plan, c.fact]) === 'share',
    ),
  ];
}

/**
 * The formats grids of the given sheets from the formats read for some cells (`formats[i]` for
 * `cells[i]`, index 0 = its firstRow); a sheet with nothing read has every cell plain.
 */
export function formatsGridsOf(
  sheets: readonly string[],
  cells: readonly FormatCells[],
  formats: readonly (readonly string[])[],
): Map<string, FormatsGrid> {
  const grids = new Map<string, FormatsGrid>(sheets.map((sheet) => [sheet, []]));
  cells.forEach((span, i) => {
    const grid = grids.get(span.sheet);
    if (!grid) return;
    (formats[i] ?? []).forEach((format, r) => {
      const row = span.firstRow - 1 + r;
      grid[row] ??= [];
      grid[row]![span.column] = format;
    });
  });
  return grids;
}
