// The dashboard's one RPC: reads the workbook, writes nothing, and returns plain JSON. Every part
// is computed now by the same core as the menu actions, so the dashboard is never stale even when
// the sheets are; each part also says whether its sheet still waits for its action.
import { fromInstant, toIsoDate } from '../../core/dates/calendarDate';
import { Journal } from '../../core/journal/journal';
import { failureMessages } from '../../core/messages/failures';
import type { Settings } from '../../core/settings/settings';
import { COMPARISON_SHEET, LOW_RESULT_SCHOOLS_SHEET } from '../../core/template/sheets';
import { INPUT_SHEETS, TEMPLATE_SHEETS } from '../../core/template/templateSheets';
import { findSheetTitle } from '../../core/text/sheetName';
import type { DashboardDto, UnavailableDto } from '../../shared/api';
import { readRiskMapSection } from '../actions/readRiskProfile';
import type { AddonContext } from '../context';
import { readSettings } from '../io/settingsReader';
import { failureCause, logFailure } from '../platform/failureReport';
import { availableActions } from './dashboardActions';
import { lowResultSection } from './lowResultSection';
import { readingOnce } from './readOnce';
import { shareChartSection } from './shareChartSection';
import { statusSections } from './statusSections';

/** What each part of the dashboard reads, given the settings already read once. */
export interface DashboardRead {
  readonly context: AddonContext;
  /** With `Дата отчёта` filled in: today in the spreadsheet's zone when the cell is blank. */
  readonly settings: Settings;
  readonly timeZone: string;
}

/** A part that failed says so in one Russian sentence; Google's own words go to the log only. */
function failed(error: unknown): UnavailableDto {
  logFailure('панель, часть панели', error);
  return { state: 'failed', message: failureMessages.sidebar(failureCause(error)) };
}

/** One failing part must not blank the whole dashboard: it says what went wrong instead. */
function guarded<T>(read: () => T, onError: (section: UnavailableDto) => T): T {
  try {
    return read();
  } catch (error) {
    return onError(failed(error));
  }
}

/** A template sheet under a looser spelling («настройки»): listing the sheets costs one call per sheet. */
function hasTemplateSheet(titles: readonly string[]): boolean {
  return TEMPLATE_SHEETS.some((t) => findSheetTitle(titles, t.name) !== null);
}

/** The sheets the dashboard's parts look up by name (a workbook of no more is listed at once). */
const DASHBOARD_SHEETS = [...INPUT_SHEETS, LOW_RESULT_SCHOOLS_SHEET, COMPARISON_SHEET];

export function readDashboard(addonContext: AddonContext): DashboardDto {
  // Parts that need the same sheet read it once (the chart and «Статус ШНОР» share «Результаты ОП»).
  const context = {
    ...addonContext,
    spreadsheet: readingOnce(addonContext.spreadsheet, DASHBOARD_SHEETS.length),
  };
  const { spreadsheet } = context;
  // Usually one call: a workbook with the template has «Настройки».
  const templateReady =
    TEMPLATE_SHEETS.some((t) => spreadsheet.getSheetByName(t.name) !== null) ||
    hasTemplateSheet(spreadsheet.getSheets().map((sheet) => sheet.getName()));
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const settings = readSettings(spreadsheet, timeZone, new Journal());
  const reportDate = settings.reportDate ?? fromInstant(context.now(), timeZone);
  const base = {
    templateReady,
    schoolName: settings.schoolName,
    reportDate: toIsoDate(reportDate),
    schoolsFolderSet: settings.schoolsFolder !== '',
    availableActions: availableActions(),
  };
  if (!templateReady) {
    const coming = { state: 'coming' } as const;
    return {
      ...base,
      lowResult: coming,
      riskMap: coming,
      roadmap: coming,
      targets: coming,
      shareChart: coming,
    };
  }
  const read: DashboardRead = { context, settings: { ...settings, reportDate }, timeZone };
  const statuses = guarded(
    () => statusSections(read),
    (section) => ({ roadmap: section, targets: section }),
  );
  return {
    ...base,
    lowResult: guarded(
      () => lowResultSection(read),
      (section) => section,
    ),
    riskMap: guarded(
      () => readRiskMapSection(spreadsheet),
      (section) => section,
    ),
    ...statuses,
    shareChart: guarded(
      () => shareChartSection(read),
      (section) => section,
    ),
  };
}
