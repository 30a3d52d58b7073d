import type { CalendarDate } from '../dates/calendarDate';
import type { Settings } from '../settings/settings';

/**
 * What a deadline text leaves out and the programme fills in (PRODUCT.md §6): the programme period
 * gives a missing year, «весь период» and «в течение года»; the school year ends on a fixed day.
 */
export interface DeadlineContext {
  readonly programStart: CalendarDate | null;
  readonly programEnd: CalendarDate | null;
  readonly schoolYearEnd: { readonly day: number; readonly month: number };
  /**
   * The date whose programme year «в течение года» means (`Дата отчёта`): in a programme of
   * several years it recurs each year (seed 002_…, 2021–2024). Absent: the first programme year.
   */
  readonly asOf?: CalendarDate | null;
}

/** The sheet's context: the settings' programme, as of `Дата отчёта` (or today when it is blank). */
export function deadlineContextOf(
  settings: Settings,
  reportDate: CalendarDate | null = null,
): DeadlineContext {
  return {
    programStart: settings.programStart,
    programEnd: settings.programEnd,
    schoolYearEnd: settings.schoolYearEnd,
    asOf: settings.reportDate ?? reportDate,
  };
}

/** ROADMAP_DUE(text; year): the given calendar year stands for the programme period. */
export function deadlineContextForYear(
  year: number,
  schoolYearEnd: DeadlineContext['schoolYearEnd'] = { day: 31, month: 5 },
): DeadlineContext {
  return {
    programStart: { year, month: 1, day: 1 },
    programEnd: { year, month: 12, day: 31 },
    schoolYearEnd,
  };
}

/**
 * ROADMAP_DUE and ROADMAP_STATUS (PRODUCT.md §9): given `Начало программы` / `Окончание программы`
 * as their trailing arguments, they read a deadline as the sheet does with those settings; without
 * them, `year` stands for a one-year programme (so «весь период» is 31 December of it).
 */
export function deadlineContextForFormula(options: {
  readonly year: number | null;
  readonly programStart: CalendarDate | null;
  readonly programEnd: CalendarDate | null;
  readonly asOf: CalendarDate | null;
  readonly schoolYearEnd?: DeadlineContext['schoolYearEnd'];
}): DeadlineContext {
  const schoolYearEnd = options.schoolYearEnd ?? { day: 31, month: 5 };
  const { year, programStart, programEnd, asOf } = options;
  if (programStart || programEnd) return { programStart, programEnd, schoolYearEnd, asOf };
  if (year === null) return { programStart: null, programEnd: null, schoolYearEnd, asOf };
  return { ...deadlineContextForYear(year, schoolYearEnd), asOf };
}
