// Reads what the справка needs, each sheet once (getDataRange().getValues()), into plain data for
// buildReport (src/core/report). Nothing is written: the справка is a new document.
import { fromInstant } from '../../core/dates/calendarDate';
import { Journal } from '../../core/journal/journal';
import { ADDON_VERSION } from '../../core/report/addonVersion';
import { COMPARISON_SHEET_NAME } from '../../core/report/comparison';
import type { ReportInput } from '../../core/report/reportInput';
import { parseSettingsGrid } from '../../core/report/settingsGrid';
import {
  CLUSTERS_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  RISK_THRESHOLDS_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../../core/template/sheets';
import { readGrid } from '../io/tables';
import type { SpreadsheetLike } from '../platform/surface';

/**
 * The workbook as the справка's input, as of `Дата отчёта` (blank: today in the spreadsheet's
 * zone, as «Обновить статусы» takes it). Two service calls per sheet present, one per sheet absent.
 */
export function readReportInput(spreadsheet: SpreadsheetLike, now: Date): ReportInput {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const grid = (name: string) => readGrid(spreadsheet, name)?.grid ?? null;
  const settingsGrid = grid(SETTINGS_SHEET.name);
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
      results: grid(RESULTS_SHEET.name),
      clusters: grid(CLUSTERS_SHEET.name),
      riskProfile: grid(RISK_PROFILE_SHEET.name),
      riskThresholds: grid(RISK_THRESHOLDS_SHEET.name),
      roadmap: grid(ROADMAP_SHEET.name),
      targets: grid(TARGETS_SHEET.name),
      comparison: grid(COMPARISON_SHEET_NAME),
    },
  };
}
