// What the справка is built from (PRODUCT.md §11): the workbook as plain data, each sheet read once
// by src/server/report/reportInput.ts. buildReport runs the same core computations as the menu
// actions on these grids, so the справка and the sheets can never disagree.
import type { Grid } from '../cells/cellValue';
import type { CalendarDate } from '../dates/calendarDate';
import type { ResultsKey } from '../identification/resultRecords';
import type { NumberFormats } from '../numbers/shareScale';
import type { RiskProfileKey } from '../risk/assessRiskProfile';
import type { Settings } from '../settings/settings';
import type { TargetKey } from '../targets/evaluateTargets';

/**
 * Number formats of the share columns, read with the values exactly where the menu actions read
 * them (PRODUCT.md §2: a percent-formatted share holds a fraction, any other number is percent
 * points), so the справка reads a share as the sheets do. Absent: §9's rule for values alone.
 */
export interface ReportFormats {
  /** `Доля «2», %` of «Результаты ОП», as «Выявить ШНОР» reads it. */
  readonly resultsShare?: NumberFormats<ResultsKey> | null;
  /** `Результат` of «Рисковый профиль», as «Оценить рисковый профиль» reads it. */
  readonly riskValue?: NumberFormats<RiskProfileKey> | null;
  /** The whole data range of «Пороги рисков». */
  readonly riskThresholds?: readonly (readonly string[])[] | null;
  /** `Базовое значение`, `План`, `Факт` of «Целевые показатели», as «Обновить статусы» reads them. */
  readonly targets?: NumberFormats<TargetKey> | null;
}

/** The whole data range of each sheet (getDataRange().getValues()); null: the sheet is absent. */
export interface ReportSheets {
  /** «Настройки»: besides the typed settings, the approval stamp is read from it by label. */
  readonly settings: Grid | null;
  readonly results: Grid | null;
  readonly clusters: Grid | null;
  readonly riskProfile: Grid | null;
  readonly riskThresholds: Grid | null;
  readonly roadmap: Grid | null;
  readonly targets: Grid | null;
  /** «Сравнение» (written by «Импортировать результаты»). */
  readonly comparison: Grid | null;
  readonly formats?: ReportFormats;
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
