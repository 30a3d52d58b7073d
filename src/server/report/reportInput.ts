// Reads what the справка needs, each sheet once (getDataRange().getValues()), into plain data for
// buildReport (src/core/report). Nothing is written: the справка is a new document.
import { fromInstant } from '../../core/dates/calendarDate';
import { Journal } from '../../core/journal/journal';
import { formatsFromGrid } from '../../core/numbers/shareScale';
import { ADDON_VERSION } from '../../core/report/addonVersion';
import type { ReportInput } from '../../core/report/reportInput';
import { parseSettingsGrid } from '../../core/settings/settings';
import { locateTable } from '../../core/table/locateTable';
import {
  CLUSTERS_SHEET,
  COMPARISON_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../../core/template/sheets';
import { readColumnFormats, readGridWithFormats } from '../io/numberFormats';
import { readGrid } from '../io/tables';
import type { SpreadsheetLike } from '../platform/surface';

/**
 * The workbook as the справка's input, as of `Дата отчёта` (blank: today in the spreadsheet's
 * zone, as «Обновить статусы» takes it). Three service calls per sheet present (find, range,
 * values), one per sheet absent, and the number formats of the share columns where the actions
 * read them: two calls for «Результаты ОП», one each for «Рисковый профиль», «Пороги рисков» and
 * «Целевые показатели».
 */
export function readReportInput(spreadsheet: SpreadsheetLike, now: Date): ReportInput {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const grid = (name: string) => readGrid(spreadsheet, name)?.grid ?? null;
  const settingsGrid = grid(SETTINGS_SHEET.name);
  const results = readGrid(spreadsheet, RESULTS_SHEET.name);
  const resultsTable = results && locateTable(results.grid, RESULTS_SHEET);
  // As «Оценить рисковый профиль»: the formats of `Результат` from the same range as the values.
  const profile = readGridWithFormats(spreadsheet, RISK_PROFILE_SHEET.name);
  const profileTable = profile && locateTable(profile.grid, RISK_PROFILE_SHEET);
  const thresholds = readGridWithFormats(spreadsheet, RISK_THRESHOLDS_SHEET.name);
  // As «Обновить статусы»: a plain number beside «%» is points, a percent-formatted one a fraction.
  const targets = readGridWithFormats(spreadsheet, TARGETS_SHEET.name);
  const targetsTable = targets && locateTable(targets.grid, TARGETS_SHEET);
  // The settings core on the grid just read: the same values as readSettings, without a second read.
  const settings = parseSettingsGrid(settingsGrid, timeZone, new Journal());
  return {
    settings,
    reportDate: settings.reportDate ?? fromInstant(now, timeZone),
    timeZone,
    addonVersion: ADDON_VERSION,
    workbookName: spreadsheet.getName(),
    sheets: {
      settings: settingsGrid,
      results: results?.grid ?? null,
      clusters: grid(CLUSTERS_SHEET.name),
      riskProfile: profile?.grid ?? null,
      riskThresholds: thresholds?.grid ?? null,
      roadmap: grid(ROADMAP_SHEET.name),
      targets: targets?.grid ?? null,
      comparison: grid(COMPARISON_SHEET.name),
      formats: {
        resultsShare:
          results && resultsTable?.found
            ? readColumnFormats(results.sheet, resultsTable.table, ['share'])
            : null,
        riskValue:
          profile && profileTable?.found
            ? formatsFromGrid(profile.formats, profileTable.table, ['value'])
            : null,
        riskThresholds: thresholds?.formats ?? null,
        targets:
          targets && targetsTable?.found
            ? formatsFromGrid(targets.formats, targetsTable.table, ['base', 'plan', 'fact'])
            : null,
      },
    },
  };
}
