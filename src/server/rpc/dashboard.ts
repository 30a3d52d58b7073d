// The dashboard's one RPC: reads the workbook, writes nothing, and returns plain JSON.
import { fromInstant, toIsoDate } from '../../core/dates/calendarDate';
import { Journal } from '../../core/journal/journal';
import { sidebarMessages as m } from '../../core/messages/sidebar';
import type { Settings } from '../../core/settings/settings';
import { TEMPLATE_SHEETS } from '../../core/template/templateSheets';
import type { DashboardDto, SectionDto } from '../../shared/api';
import type { AddonContext } from '../context';
import { readSettings } from '../io/settingsReader';
import { availableActions } from './dashboardActions';
import { dashboardSources } from './dashboardSources';

/** What each part of the dashboard reads, given the settings already read once. */
export interface DashboardRead {
  readonly context: AddonContext;
  readonly settings: Settings;
  readonly timeZone: string;
}

/** One failing part must not blank the whole dashboard: it says what went wrong instead. */
function guarded<T>(read: () => SectionDto<T>): SectionDto<T> {
  try {
    return read();
  } catch (error) {
    return {
      state: 'failed',
      message: m.reportFailed(error instanceof Error ? error.message : String(error)),
    };
  }
}

export function readDashboard(context: AddonContext): DashboardDto {
  const { spreadsheet } = context;
  const templateNames = new Set(TEMPLATE_SHEETS.map((t) => t.name));
  const templateReady = spreadsheet.getSheets().some((sheet) => templateNames.has(sheet.getName()));
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const settings = readSettings(spreadsheet, timeZone, new Journal());
  const reportDate = settings.reportDate ?? fromInstant(context.now(), timeZone);
  const read: DashboardRead = { context, settings: { ...settings, reportDate }, timeZone };
  const coming = { state: 'coming' } as const;
  return {
    templateReady,
    schoolName: settings.schoolName,
    reportDate: toIsoDate(reportDate),
    lowResult: templateReady ? guarded(() => dashboardSources.lowResult(read)) : coming,
    riskMap: templateReady ? guarded(() => dashboardSources.riskMap(read)) : coming,
    roadmap: templateReady ? guarded(() => dashboardSources.roadmap(read)) : coming,
    targets: templateReady ? guarded(() => dashboardSources.targets(read)) : coming,
    availableActions: availableActions(),
  };
}
