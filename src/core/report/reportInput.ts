// What the справка is built from (PRODUCT.md §11): the workbook as plain data, each sheet read once
// by src/server/report/reportInput.ts. buildReport runs the same core computations as the menu
// actions on these grids, so the справка and the sheets can never disagree.
import type { Grid } from '../cells/cellValue';
import type { CalendarDate } from '../dates/calendarDate';
import type { Settings } from '../settings/settings';

/** The whole data range of each sheet (getDataRange().getValues()); null: the sheet is absent. */
export interface ReportSheets {
  /** «Настройки»: besides the typed settings, the approval stamp is read from it by label. */
  readonly settings: Grid | null;
  readonly results: Grid | null;
  /** Number formats of «Результаты ОП» (getNumberFormats), where the reader has them. */
  readonly resultsFormats?: readonly (readonly string[])[] | null;
  readonly clusters: Grid | null;
  readonly riskProfile: Grid | null;
  readonly riskThresholds: Grid | null;
  readonly roadmap: Grid | null;
  readonly targets: Grid | null;
  /** «Сравнение» (written by «Импортировать результаты»). */
  readonly comparison: Grid | null;
}

export interface ReportInput {
  /** As parsed by the settings core (readSettings): the same values every action uses. */
  readonly settings: Settings;
  /** `Дата отчёта`, or today in the spreadsheet's zone when it is blank (as «Обновить статусы»). */
  readonly reportDate: CalendarDate;
  readonly timeZone: string;
  readonly addonVersion: string;
  /** The spreadsheet's name, for «Источники». */
  readonly workbookName: string;
  readonly sheets: ReportSheets;
}
