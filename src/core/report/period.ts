// The one period string of the справка (PRODUCT.md §11): seed 004_… says 2021-2022 in its title and
// 2020-2021 in its decision; here the title, the file name and «Источники» all use this one.
import type { CalendarDate } from '../dates/calendarDate';
import { reportMessages as m } from '../messages/report';
import type { Settings } from '../settings/settings';

/**
 * The programme's years when `Начало программы` and `Окончание программы` are both set («2021–2024
 * годы», «2024 год»); otherwise the analysis year (the identification's, else `Год анализа`, else
 * the year of the report date).
 */
export function reportPeriod(
  settings: Settings,
  analysisYear: number | null,
  reportDate: CalendarDate,
): string {
  const { programStart, programEnd } = settings;
  if (programStart && programEnd && programStart.year <= programEnd.year) {
    return programStart.year === programEnd.year
      ? m.periodYear(programStart.year)
      : m.periodYears(programStart.year, programEnd.year);
  }
  return m.periodYear(analysisYear ?? settings.analysisYear ?? reportDate.year);
}
