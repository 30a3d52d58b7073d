import type { CellValue, Grid } from '../cells/cellValue';
import { type CalendarDate, compareDates, formatRussianDate, parseDateCell } from '../dates/calendarDate';
import type { Journal } from '../journal/journal';
import { settingsMessages as m } from '../messages/settings';
import { parseNumber, parseShare } from '../numbers/parseNumber';
import { type LocatedTable, locateTable } from '../table/locateTable';
import { SETTINGS_SHEET } from '../template/sheets';
import { cellText, isBlank, normalizeHeader, normalizeText } from '../text/normalize';

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
  /** The approval stamp of the справка (PRODUCT.md §11): blank leaves it out. */
  readonly approverPosition: string;
  readonly approverName: string;
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
  approverPosition: '',
  approverName: '',
};

// What no school could mean (PRODUCT.md §2): such a value is journaled and the default used.
const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2100;
export const MAX_MIN_PARTICIPANTS = 1000;
const MAX_DAYS_BEFORE_DEADLINE = 366;

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
  {
    key: 'approverPosition',
    label: 'Утверждает: должность',
    templateValue: '',
    hint: m.hintApproverPosition,
  },
  { key: 'approverName', label: 'Утверждает: ФИО', templateValue: '', hint: m.hintApproverName },
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

// The longest each month can be in any year: «29.02» is a day some years have, «31.02» none.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** «31.05», «31.05.2024», a date cell: the day and month the school year ends. */
export function parseDayMonth(value: CellValue, timeZone: string): { day: number; month: number } | null {
  const date = parseDateCell(value, timeZone);
  if (date) return { day: date.day, month: date.month };
  const match = /^(\d{1,2})[./](\d{1,2})$/.exec(String(value).trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]! ? { day, month } : null;
}

const plausibleYear = (year: number): boolean => year >= EARLIEST_YEAR && year <= LATEST_YEAR;

/**
 * Typed settings from the rows of «Настройки». A blank value takes the default; a value that cannot
 * be read, that no school could mean (a report date in 1900, 10⁹ participants, a programme ending
 * before it starts) or that is given in two rows takes the default too, and the journal names the
 * row, the value and the fix: a setting is never silently taken.
 */
export function parseSettings(rows: readonly SettingRow[], timeZone: string, journal: Journal): Settings {
  const byLabel = new Map(SETTING_SPECS.map((spec) => [normalizeHeader(spec.label), spec]));
  const result: { -readonly [K in SettingKey]: Settings[K] } = { ...DEFAULT_SETTINGS };
  const entry = (row: SettingRow, problem: string, fix: string, value: unknown = row.value): void =>
    journal.add({ sheet: SETTINGS_SHEET.name, row: row.rowNumber, column: 'Значение', value, problem, fix });
  const report = (row: SettingRow, spec: SettingSpec, fix: string): void =>
    entry(row, m.unreadable(spec.label), fix);
  const implausible = (row: SettingRow, spec: SettingSpec, why: string, fix: string): void =>
    entry(row, m.implausible(spec.label, why), fix);

  const given = new Map<SettingSpec, SettingRow[]>();
  for (const row of rows) {
    const spec = byLabel.get(normalizeHeader(row.parameter));
    if (!spec || isBlank(row.value)) continue;
    given.set(spec, [...(given.get(spec) ?? []), row]);
  }
  const rowOf = new Map<SettingKey, SettingRow>();
  for (const [spec, specRows] of given) {
    if (specRows.length > 1) {
      const numbers = specRows.map((r) => r.rowNumber);
      entry(
        specRows[1]!,
        m.givenTwice(spec.label, numbers),
        m.givenTwiceFix(spec.label),
        specRows.map((r) => cellText(r.value)).join(' | '),
      );
      continue;
    }
    const row = specRows[0]!;
    rowOf.set(spec.key, row);
    const value = row.value;
    switch (spec.key) {
      case 'schoolName':
      case 'municipality':
      case 'schoolsFolder':
      case 'approverPosition':
      case 'approverName':
        result[spec.key] = String(value).trim();
        break;
      case 'analysisYear': {
        const year = parseNumber(value);
        if (year !== null && Number.isInteger(year) && plausibleYear(year)) result.analysisYear = year;
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
        const max = spec.key === 'minParticipants' ? MAX_MIN_PARTICIPANTS : MAX_DAYS_BEFORE_DEADLINE;
        if (n === null || !Number.isInteger(n) || n < 0) report(row, spec, m.fixWholeNumber);
        else if (n > max) implausible(row, spec, m.aboveMax(max), m.fixAtMost(max));
        else result[spec.key] = n;
        break;
      }
      case 'reportDate':
      case 'programStart':
      case 'programEnd': {
        const date = parseDateCell(value, timeZone);
        if (!date) report(row, spec, m.fixDate);
        else if (!plausibleYear(date.year))
          implausible(row, spec, m.yearOutside(date.year, EARLIEST_YEAR, LATEST_YEAR), m.fixDate);
        else result[spec.key] = date;
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
  // A programme that ends before it starts: which date is wrong is not known, so neither is used.
  const { programStart: start, programEnd: end } = result;
  if (start && end && compareDates(end, start) < 0) {
    const endSpec = SETTING_SPECS.find((spec) => spec.key === 'programEnd')!;
    const startRow = rowOf.get('programStart')!;
    implausible(
      rowOf.get('programEnd')!,
      endSpec,
      m.endsBeforeStart(formatRussianDate(start), startRow.rowNumber),
      m.fixProgramme,
    );
    result.programStart = null;
    result.programEnd = null;
  }
  return result;
}

/** Typed settings from the located «Настройки» table: `parseSettings` on its rows. */
export function parseSettingsTable(
  table: LocatedTable<'parameter' | 'value'>,
  timeZone: string,
  journal: Journal,
): Settings {
  const rows = table.rows.map((row) => ({
    rowNumber: row.rowNumber,
    parameter: row.cells.parameter,
    value: row.cells.value,
  }));
  return parseSettings(rows, timeZone, journal);
}

/** Typed settings from the grid of «Настройки»; no grid, or no table in it, gives the defaults. */
export function parseSettingsGrid(
  grid: Grid | null | undefined,
  timeZone: string,
  journal: Journal,
): Settings {
  const located = grid ? locateTable(grid, SETTINGS_SHEET) : null;
  return located?.found ? parseSettingsTable(located.table, timeZone, journal) : DEFAULT_SETTINGS;
}
