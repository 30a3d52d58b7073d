import { asSafeCell, type CellValue, type Grid } from '../../core/cells/cellValue';
import {
  type IdentificationWithMarks,
  identifyLowResultSchools as identify,
  identifyFromGrids,
} from '../../core/identification/identify';
import { lowResultByYearSheet } from '../../core/identification/lowResultByYearSheet';
import { lowResultSchoolsSheet, type SheetBlock } from '../../core/identification/lowResultSchoolsSheet';
import { Journal, type JournalEntry } from '../../core/journal/journal';
import { headersMissingEntry, sheetMissingEntry } from '../../core/journal/tableProblems';
import { identificationMessages as m } from '../../core/messages/identification';
import { menuLabels } from '../../core/messages/menu';
import type { Settings } from '../../core/settings/settings';
import { locateTable } from '../../core/table/locateTable';
import {
  CLUSTERS_SHEET,
  LOW_RESULT_BY_YEAR_SHEET_NAME,
  LOW_RESULT_SCHOOLS_SHEET,
  RESULTS_SHEET,
} from '../../core/template/sheets';
import type { AddonContext } from '../context';
import { readSettings } from '../io/settingsReader';
import { ensureSize, readGrid, writeOutputColumns } from '../io/tables';
import type { SheetLike, SpreadsheetLike } from '../platform/surface';
import { type ActionOutcome, type ActionResult, type ActionRun, runAction } from './runAction';

/**
 * Rewrites an owned sheet whose data range was just read: one padded block blanks what the last run
 * left below or to the right, and the sheet is grown only when the block does not fit what was
 * there. Two calls on a re-run, whatever the size (rewriteOwnedSheet needs eight).
 */
function rewriteReadSheet(
  spreadsheet: SpreadsheetLike,
  name: string,
  read: { sheet: SheetLike; grid: Grid } | null,
  block: SheetBlock,
): void {
  const sheet = read?.sheet ?? spreadsheet.insertSheet(name);
  const previousRows = read?.grid.length ?? 0;
  const previousColumns = read?.grid[0]?.length ?? 0;
  const rows = [block.headers, ...block.rows];
  const height = Math.max(rows.length, previousRows);
  const width = Math.max(block.headers.length, previousColumns);
  if (!read || rows.length > previousRows || block.headers.length > previousColumns) {
    ensureSize(sheet, height, width);
  }
  const padded: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const source = rows[r] ?? [];
    const line: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) line[c] = asSafeCell(source[c] ?? '');
    padded.push(line);
  }
  sheet.getRange(1, 1, height, width).setValues(padded);
  if (!read) sheet.setFrozenRows(1);
}

function reportMissingResults(journal: Journal, entry: JournalEntry): ActionOutcome {
  journal.add(entry);
  return { summary: `${menuLabels.identify}: ${entry.problem}` };
}

/** Reads «Кластеры» if present; a sheet with data but without its headers goes to the journal. */
function clustersTable(grid: Grid | null, journal: Journal) {
  if (!grid) return null;
  const located = locateTable(grid, CLUSTERS_SHEET);
  if (located.found) return located.table;
  if (grid.some((row) => row.some((cell) => cell !== ''))) {
    journal.add(headersMissingEntry(CLUSTERS_SHEET.name, located.missingHeaders));
  }
  return null;
}

/**
 * The body of «Выявить ШНОР» inside a running action (so «Пересчитать всё» can run it under its
 * own lock): reads «Настройки», «Результаты ОП», «Кластеры» and «ШНОР» once each, then writes
 * `Низкий результат`, «ШНОР» and «ШНОР по годам» once each.
 */
export function identifyInWorkbook(run: ActionRun): ActionOutcome {
  const { spreadsheet } = run.context;
  const { journal } = run;
  const settings = readSettings(spreadsheet, run.timeZone, journal);
  const results = readGrid(spreadsheet, RESULTS_SHEET.name);
  if (!results) {
    return reportMissingResults(journal, sheetMissingEntry(RESULTS_SHEET.name));
  }
  const located = locateTable(results.grid, RESULTS_SHEET);
  if (!located.found) {
    return reportMissingResults(journal, headersMissingEntry(RESULTS_SHEET.name, located.missingHeaders));
  }
  const clusters = clustersTable(readGrid(spreadsheet, CLUSTERS_SHEET.name)?.grid ?? null, journal);
  const identification = identify(located.table, clusters, settings, journal);

  writeOutputColumns(results.sheet, located.table, { lowResult: identification.lowResultMarks });
  const schoolsRead = readGrid(spreadsheet, LOW_RESULT_SCHOOLS_SHEET.name);
  const schoolsSheet = lowResultSchoolsSheet(identification, schoolsRead?.grid ?? null);
  rewriteReadSheet(spreadsheet, LOW_RESULT_SCHOOLS_SHEET.name, schoolsRead, schoolsSheet);
  const byYearRead = readGrid(spreadsheet, LOW_RESULT_BY_YEAR_SHEET_NAME);
  rewriteReadSheet(
    spreadsheet,
    LOW_RESULT_BY_YEAR_SHEET_NAME,
    byYearRead,
    lowResultByYearSheet(identification),
  );

  if (identification.analysisYear === null) return { summary: m.nothingToIdentify };
  return {
    summary: m.identified(
      identification.lowResultCount,
      identification.schoolsWithData,
      identification.analysisYear,
    ),
  };
}

/** «Выявить ШНОР» (PRODUCT.md §3, §4). */
export function identifyLowResultSchools(context: AddonContext): ActionResult {
  return runAction(context, menuLabels.identify, identifyInWorkbook);
}

/**
 * The identification of the current workbook without writing anything: for the dashboard sidebar
 * (which shows the verdict of the school in «Настройки») and other read-only views. The journal
 * holds what the action would report.
 */
export function readIdentification(
  spreadsheet: SpreadsheetLike,
  settings?: Settings,
): { identification: IdentificationWithMarks; journal: Journal } {
  const journal = new Journal();
  const used = settings ?? readSettings(spreadsheet, spreadsheet.getSpreadsheetTimeZone(), journal);
  const results = readGrid(spreadsheet, RESULTS_SHEET.name)?.grid ?? [];
  const clusters = readGrid(spreadsheet, CLUSTERS_SHEET.name)?.grid ?? null;
  return { identification: identifyFromGrids(results, clusters, used, journal), journal };
}
