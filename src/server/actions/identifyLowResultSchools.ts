import type { Grid } from '../../core/cells/cellValue';
import {
  type IdentificationWithMarks,
  identifyLowResultSchools as identify,
  identifyFromGrids,
} from '../../core/identification/identify';
import { lowResultByYearShape } from '../../core/identification/lowResultByYearShape';
import { lowResultByYearSheet } from '../../core/identification/lowResultByYearSheet';
import {
  LOW_RESULT_SCHOOLS_SHAPE,
  lowResultSchoolsSheet,
} from '../../core/identification/lowResultSchoolsSheet';
import { Journal, type JournalEntry } from '../../core/journal/journal';
import { sheetMissingEntry } from '../../core/journal/tableProblems';
import { headersNotFoundEntry, tableShapeEntries } from '../../core/journal/tableShapeProblems';
import { commonMessages } from '../../core/messages/common';
import { identificationMessages as m } from '../../core/messages/identification';
import { menuLabels } from '../../core/messages/menu';
import type { Settings } from '../../core/settings/settings';
import { locateTable } from '../../core/table/locateTable';
import { exampleRowsEntry } from '../../core/template/exampleRowsCheck';
import {
  CLUSTERS_SHEET,
  LOW_RESULT_BY_YEAR_SHEET_NAME,
  LOW_RESULT_SCHOOLS_SHEET,
  RESULTS_SHEET,
} from '../../core/template/sheets';
import type { AddonContext } from '../context';
import { readColumnFormats, readGridWithFormats } from '../io/numberFormats';
import { writeOwnedSheet } from '../io/ownedSheet';
import { readSettings } from '../io/settingsReader';
import { readGrid, writeOutputColumns } from '../io/tables';
import type { SpreadsheetLike } from '../platform/surface';
import { type ActionOutcome, type ActionResult, type ActionRun, runAction } from './runAction';

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
    journal.add(headersNotFoundEntry(CLUSTERS_SHEET, located));
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
    journal.add(headersNotFoundEntry(RESULTS_SHEET, located));
    return { summary: `${menuLabels.identify}: ${commonMessages.headersMissing(located.missingHeaders)}` };
  }
  for (const entry of tableShapeEntries(located.table)) journal.add(entry);
  const clusters = clustersTable(readGrid(spreadsheet, CLUSTERS_SHEET.name)?.grid ?? null, journal);
  for (const entry of [
    exampleRowsEntry(located.table, 'school'),
    clusters && exampleRowsEntry(clusters, 'school'),
  ]) {
    if (entry) journal.add(entry);
  }
  // A percent-formatted share is a fraction, any other number percent points (PRODUCT.md §2).
  const shareFormats = readColumnFormats(results.sheet, located.table, ['share']);
  const identification = identify(located.table, clusters, settings, journal, shareFormats);

  writeOutputColumns(results.sheet, located.table, { lowResult: identification.lowResultMarks });
  writeOwnedSheet(
    spreadsheet,
    { name: LOW_RESULT_SCHOOLS_SHEET.name, ...LOW_RESULT_SCHOOLS_SHAPE },
    lowResultSchoolsSheet(identification).rows,
  );
  const byYear = lowResultByYearSheet(identification);
  writeOwnedSheet(
    spreadsheet,
    { name: LOW_RESULT_BY_YEAR_SHEET_NAME, ...lowResultByYearShape(byYear) },
    byYear.rows,
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
  // A sidebar reads a school's workbook: the formats of the same range cost one call, not two.
  const results = readGridWithFormats(spreadsheet, RESULTS_SHEET.name);
  const clusters = readGrid(spreadsheet, CLUSTERS_SHEET.name)?.grid ?? null;
  const identification = identifyFromGrids(results?.grid ?? [], clusters, used, journal, results?.formats);
  return { identification, journal };
}
