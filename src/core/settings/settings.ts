import type { CellValue } from '../cells/cellValue';
import { type CalendarDate, parseDateCell } from '../dates/calendarDate';
import type { Journal } from '../journal/journal';
import { settingsMessages as m } from '../messages/settings';
import { parseNumber, parseShare } from '../numbers/parseNumber';
import { SETTINGS_SHEET } from '../template/sheets';
import { isBlank, normalizeHeader, normalizeText } from '../text/normalize';

/** The typed settings every action reads from «Настройки». */
export interface Settings {
  readonly schoolName: string;
  readonly municipality: string;
  /** Blank: the latest year in the data. */
  readonly analysisYear: number | null;
  /** A fraction: 0.3 for 30 %. */
  readonly lowResultThreshold: number;
  readonly criterion2SameProcedure: boolean;
  readonly minParticipants: number;
  /** Blank: today in the spreadsheet's time zone. */
  readonly reportDate: CalendarDate | null;
  readonly programStart: CalendarDate | null;
  readonly programEnd: CalendarDate | null;
  readonly schoolYearEnd: { readonly day: number; readonly month: number };
  readonly daysBeforeDeadline: number;
  readonly schoolsFolder: string;
}

export const DEFAULT_SETTINGS: Settings = {
  schoolName: '',
  municipality: '',
  analysisYear: null,
  lowResultThreshold: 0.3,
  criterion2SameProcedure: false,
  minParticipants: 1,
  reportDate: null,
  programStart: null,
  programEnd: null,
  schoolYearEnd: { day: 31, month: 5 },
  daysBeforeDeadline: 14,
  schoolsFolder: '',
};

type SettingKey = keyof Settings;

interface SettingSpec {
  readonly key: SettingKey;
  readonly label: string;
  /** What the template writes into `Значение`. */
  readonly templateValue: CellValue;
  readonly hint: string;
}

/** The rows of «Настройки» in template order (PRODUCT.md §2). */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'schoolName', label: 'Образовательная организация', templateValue: '', hint: m.hintSchool },
  { key: 'municipality', label: 'Муниципалитет', templateValue: '', hint: '' },
  { key: 'analysisYear', label: 'Год анализа', templateValue: '', hint: m.hintAnalysisYear },
  { key: 'lowResultThreshold', label: 'Порог низкого результата, %', templateValue: 30, hint: '' },
  {
    key: 'criterion2SameProcedure',
    label: 'Критерий 2: одна и та же процедура',
    templateValue: 'Нет',
    hint: m.hintSameProcedure,
  },
  { key: 'minParticipants', label: 'Минимум участников', templateValue: 1, hint: '' },
  { key: 'reportDate', label: 'Дата отчёта', templateValue: '', hint: m.hintReportDate },
  { key: 'programStart', label: 'Начало программы', templateValue: '', hint: '' },
  { key: 'programEnd', label: 'Окончание программы', templateValue: '', hint: '' },
  {
    key: 'schoolYearEnd',
    label: 'Окончание учебного года',
    templateValue: '31.05',
    hint: m.hintSchoolYearEnd,
  },
  { key: 'daysBeforeDeadline', label: 'Дней до срока', templateValue: 14, hint: '' },
  { key: 'schoolsFolder', label: 'Папка школ', templateValue: '', hint: m.hintFolder },
];

export interface SettingRow {
  readonly rowNumber: number;
  readonly parameter: CellValue;
  readonly value: CellValue;
}

/** Reads «Да»/«Нет» as people write it. */
export function parseYesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = normalizeText(value);
  if (['да', 'yes', 'true', 'истина', '1', 'д'].includes(text)) return true;
  if (['нет', 'no', 'false', 'ложь', '0', 'н', ''].includes(text)) return false;
  return null;
}

/** «31.05», «31.05.2024», a date cell: the day and month the school year ends. */
function parseDayMonth(value: CellValue, timeZone: string): { day: number; month: number } | null {
  const date = parseDateCell(value, timeZone);
  if (date) return { day: date.day, month: date.month };
  const match = /^(\d{1,2})[./](\d{1,2})$/.exec(String(value).trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month } : null;
}

/**
 * Typed settings from the rows of «Настройки». A blank value takes the default; a value that cannot
 * be read takes the default too, and the journal names the row and the fix.
 */
export function parseSettings(rows: readonly SettingRow[], timeZone: string, journal: Journal): Settings {
  const byLabel = new Map(SETTING_SPECS.map((spec) => [normalizeHeader(spec.label), spec]));
  const result: { -readonly [K in SettingKey]: Settings[K] } = { ...DEFAULT_SETTINGS };
  const report = (row: SettingRow, spec: SettingSpec, fix: string): void =>
    journal.add({
      sheet: SETTINGS_SHEET.name,
      row: row.rowNumber,
      column: 'Значение',
      value: row.value,
      problem: m.unreadable(spec.label),
      fix,
    });
  for (const row of rows) {
    const spec = byLabel.get(normalizeHeader(row.parameter));
    if (!spec || isBlank(row.value)) continue;
    const value = row.value;
    switch (spec.key) {
      case 'schoolName':
      case 'municipality':
      case 'schoolsFolder':
        result[spec.key] = String(value).trim();
        break;
      case 'analysisYear': {
        const year = parseNumber(value);
        if (year !== null && Number.isInteger(year) && year >= 2000 && year <= 2100)
          result.analysisYear = year;
        else report(row, spec, m.fixYear);
        break;
      }
      case 'lowResultThreshold': {
        const share = parseShare(value);
        if (share !== null && share > 0 && share <= 1) result.lowResultThreshold = share;
        else report(row, spec, m.fixThreshold);
        break;
      }
      case 'criterion2SameProcedure': {
        const yes = parseYesNo(value);
        if (yes !== null) result.criterion2SameProcedure = yes;
        else report(row, spec, m.fixYesNo);
        break;
      }
      case 'minParticipants':
      case 'daysBeforeDeadline': {
        const n = parseNumber(value);
        if (n !== null && Number.isInteger(n) && n >= 0) result[spec.key] = n;
        else report(row, spec, m.fixWholeNumber);
        break;
      }
      case 'reportDate':
      case 'programStart':
      case 'programEnd': {
        const date = parseDateCell(value, timeZone);
        if (date) result[spec.key] = date;
        else report(row, spec, m.fixDate);
        break;
      }
      case 'schoolYearEnd': {
        const dayMonth = parseDayMonth(value, timeZone);
        if (dayMonth) result.schoolYearEnd = dayMonth;
        else report(row, spec, m.fixDayMonth);
        break;
      }
    }
  }
  return result;
}
