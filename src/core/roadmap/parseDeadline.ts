// `Срок (дата)` is the last day a free-text deadline allows (PRODUCT.md §6). Months, quarters and
// half-years end on their last day; a list or range of months ends with its last month; a year
// written after a list belongs to every month before it («Январь, сентябрь, 2024»); of several
// deadlines in one cell the latest counts; words tied to no date («по плану») are left out when a
// date stands beside them and make the deadline «не определён» when none does.
import {
  addDays,
  type CalendarDate,
  compareDates,
  formatRussianDate,
  isValidCalendarDate,
  lastDayOfMonth,
  parseDateCell,
} from '../dates/calendarDate';
import { deadlineReadings as how, deadlineReasons as why } from '../messages/roadmap';
import type { DeadlineContext } from './deadlineContext';
import { type DeadlineToken, deadlineTokens } from './deadlineTokens';

/** Why no date: blank and undated are normal plans; the others have a fix for the user. */
export type DeadlineProblem = 'blank' | 'undated' | 'needsSettings' | 'invalidDate' | 'unrecognised';

export type DeadlineResult =
  | { readonly found: true; readonly date: CalendarDate; readonly reading: string }
  | { readonly found: false; readonly problem: DeadlineProblem; readonly reason: string };

/** A school year begins on 1 September. */
const SCHOOL_YEAR_START_MONTH = 9;

/** Month names as a plan writes them, January first. */
export const MONTH_NAMES: readonly string[] = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** A month, quarter or half-year still waiting for its year. */
type Yearless = Extract<DeadlineToken, { kind: 'dayMonth' | 'month' | 'quarter' | 'half' }>;

interface Candidate {
  readonly date: CalendarDate;
  readonly reading: string;
  readonly yearFromProgram?: boolean;
  /** A bare year («2024 год») that a later yearless month may take as its own. */
  readonly bareYear?: number;
  /** A school year («2024-2025 учебный год») that a later yearless month or half-year falls in. */
  readonly schoolYear?: SchoolYear;
}

interface SchoolYear {
  readonly from: number;
  readonly to: number;
}

function lastMonthOf(item: Yearless): number {
  if (item.kind === 'quarter') return item.quarter * 3;
  if (item.kind === 'half') return item.half * 6;
  return item.month;
}

function resolveYearless(item: Yearless, year: number): Candidate | string {
  switch (item.kind) {
    case 'dayMonth':
      if (!isValidCalendarDate(year, item.month, item.day))
        return why.invalidDate(`${item.day} ${MONTH_NAMES[item.month - 1]} ${year}`);
      return {
        date: { year, month: item.month, day: item.day },
        reading: how.exactDate(formatRussianDate({ year, month: item.month, day: item.day })),
      };
    case 'month':
      return {
        date: lastDayOfMonth(year, item.month),
        reading: how.endOfMonth(MONTH_NAMES[item.month - 1]!, year),
      };
    case 'quarter':
      return { date: lastDayOfMonth(year, item.quarter * 3), reading: how.endOfQuarter(item.quarter, year) };
    case 'half':
      return { date: lastDayOfMonth(year, item.half * 6), reading: how.endOfHalfYear(item.half, year) };
  }
}

/**
 * A month or half-year of a school year: its first half-year ends with December, its second with
 * the school year itself; September to December belong to its first calendar year.
 */
function resolveInSchoolYear(
  item: Yearless,
  schoolYear: SchoolYear,
  context: DeadlineContext,
): Candidate | string {
  const { from, to } = schoolYear;
  if (item.kind === 'half') {
    const date = item.half === 1 ? lastDayOfMonth(from, 12) : schoolYearEndOf(to, context);
    return { date, reading: how.endOfSchoolHalfYear(item.half, from, to) };
  }
  return resolveYearless(item, lastMonthOf(item) >= SCHOOL_YEAR_START_MONTH ? from : to);
}

/** Of the months of a list in one school year («май, сентябрь 2024-2025 уч. года»), the latest. */
function latestInSchoolYear(
  items: readonly Yearless[],
  schoolYear: SchoolYear,
  context: DeadlineContext,
): Candidate | string {
  let latest: Candidate | null = null;
  for (const item of items) {
    const result = resolveInSchoolYear(item, schoolYear, context);
    if (typeof result === 'string') return result;
    if (!latest || compareDates(result.date, latest.date) > 0) latest = result;
  }
  return latest!;
}

/** The year a yearless month falls in inside the programme: its first occurrence from the start. */
function programYearOf(month: number, context: DeadlineContext): number | null {
  const { programStart: start, programEnd: end } = context;
  if (start) return month >= start.month ? start.year : start.year + 1;
  if (end) return month <= end.month ? end.year : end.year - 1;
  return null;
}

function schoolYearEndOf(year: number, context: DeadlineContext): CalendarDate {
  const { day, month } = context.schoolYearEnd;
  return isValidCalendarDate(year, month, day) ? { year, month, day } : lastDayOfMonth(year, month);
}

/** A date of another year, the day kept where that month has it (29 February → 28 February). */
function sameDayIn(year: number, date: CalendarDate): CalendarDate {
  return isValidCalendarDate(year, date.month, date.day)
    ? { year, month: date.month, day: date.day }
    : lastDayOfMonth(year, date.month);
}

/** The report date held inside the programme: before it, its first day; after it, its last. */
function asOfInProgram(context: DeadlineContext): CalendarDate | null {
  const { programStart: start, programEnd: end, asOf } = context;
  if (!asOf) return null;
  if (start && compareDates(asOf, start) < 0) return start;
  if (end && compareDates(asOf, end) > 0) return end;
  return asOf;
}

/**
 * The last day of the programme year that holds the report date (PRODUCT.md §6): years counted
 * from `Начало программы` (or back from `Окончание программы`), the last one cut at the end.
 */
function endOfProgramYear(context: DeadlineContext): CalendarDate | null {
  const { programStart: start, programEnd: end } = context;
  const asOf = asOfInProgram(context);
  if (start) {
    let year = start.year;
    if (asOf) {
      year = asOf.year;
      if (compareDates(sameDayIn(year, start), asOf) > 0) year--;
      year = Math.max(year, start.year);
    }
    const yearLater = addDays(sameDayIn(year + 1, start), -1);
    return end && compareDates(end, yearLater) < 0 ? end : yearLater;
  }
  if (!end) return null;
  if (!asOf) return end;
  let year = asOf.year;
  if (compareDates(sameDayIn(year, end), asOf) < 0) year++;
  return sameDayIn(Math.min(year, end.year), end);
}

/** The end of the school year that holds the report date, inside the programme. */
function endOfSchoolYear(context: DeadlineContext): CalendarDate | null {
  const { programStart: start, programEnd: end } = context;
  const from = asOfInProgram(context) ?? start;
  let next: CalendarDate | null = null;
  if (from) {
    const sameYear = schoolYearEndOf(from.year, context);
    next = compareDates(sameYear, from) >= 0 ? sameYear : schoolYearEndOf(from.year + 1, context);
    if (!end || compareDates(next, end) <= 0) return next;
  }
  if (end) {
    const sameYear = schoolYearEndOf(end.year, context);
    const last = compareDates(sameYear, end) <= 0 ? sameYear : schoolYearEndOf(end.year - 1, context);
    // A programme shorter than a school year keeps the end after its start.
    if (!start || compareDates(last, start) >= 0) return last;
  }
  return next;
}

function withinYear(school: boolean, context: DeadlineContext): Candidate | null {
  if (!context.programStart && !context.programEnd) return null;
  if (school) {
    const date = endOfSchoolYear(context);
    return date && { date, reading: how.endOfSchoolYear(date.year - 1, date.year) };
  }
  const date = endOfProgramYear(context);
  return date && { date, reading: how.programYear };
}

interface Scan {
  readonly candidates: Candidate[];
  readonly failures: { problem: DeadlineProblem; reason: string }[];
  readonly undated: string[];
  schoolTerm: boolean;
  until: boolean;
}

/** Reads the tokens left to right, pairing yearless months with the year written after them. */
function scan(tokens: readonly DeadlineToken[], context: DeadlineContext): Scan {
  const state: Scan = { candidates: [], failures: [], undated: [], schoolTerm: false, until: false };
  let pending: Yearless[] = [];
  const add = (result: Candidate | string): void => {
    if (typeof result === 'string') state.failures.push({ problem: 'invalidDate', reason: result });
    else state.candidates.push(result);
  };
  const flushWithYear = (year: number): void => {
    const last = pending[pending.length - 1];
    if (last) add(resolveYearless(last, year));
    pending = [];
  };
  tokens.forEach((token, i) => {
    switch (token.kind) {
      case 'dayMonth':
      case 'month':
      case 'quarter':
      case 'half':
        pending.push(token);
        break;
      case 'year': {
        if (pending.length > 0) {
          flushWithYear(token.year);
          break;
        }
        const bare: Candidate = {
          date: { year: token.year, month: 12, day: 31 },
          reading: how.endOfYear(token.year),
          bareYear: token.year,
        };
        // «Весь период 2024 год»: the year says which period is meant.
        if (tokens[i - 1]?.kind === 'wholePeriod') {
          const failure = state.failures.findIndex((f) => f.reason === why.noProgramEnd);
          if (failure >= 0) state.failures.splice(failure, 1);
          const whole = state.candidates.findIndex((c) => c.reading === how.endOfProgram);
          if (whole >= 0) state.candidates.splice(whole, 1);
        }
        state.candidates.push(bare);
        break;
      }
      case 'date':
        if (isValidCalendarDate(token.year, token.month, token.day))
          state.candidates.push({
            date: { year: token.year, month: token.month, day: token.day },
            reading: how.exactDate(formatRussianDate(token)),
          });
        else state.failures.push({ problem: 'invalidDate', reason: why.invalidDate(token.raw) });
        break;
      case 'yearRange': {
        // In a school plan two consecutive years are its school year («2 полугодие 2023-2024»);
        // a longer range lends a month its last year.
        const schoolYear = token.to === token.from + 1 ? { from: token.from, to: token.to } : undefined;
        if (pending.length > 0) {
          if (schoolYear) {
            add(latestInSchoolYear(pending, schoolYear, context));
            pending = [];
          } else flushWithYear(token.to);
          break;
        }
        state.candidates.push({
          date: { year: token.to, month: 12, day: 31 },
          reading: how.endOfYears(token.from, token.to),
          ...(schoolYear ? { schoolYear } : { bareYear: token.to }),
        });
        break;
      }
      case 'schoolYear': {
        const schoolYear = { from: token.to - 1, to: token.to };
        // «II полугодие 2023-2024 учебного года»: the school year says which half-year is meant.
        if (pending.length > 0) {
          add(latestInSchoolYear(pending, schoolYear, context));
          pending = [];
          break;
        }
        state.candidates.push({
          date: schoolYearEndOf(token.to, context),
          reading: how.endOfSchoolYear(token.to - 1, token.to),
          schoolYear,
        });
        break;
      }
      case 'wholePeriod':
        if (context.programEnd)
          state.candidates.push({ date: context.programEnd, reading: how.endOfProgram });
        else state.failures.push({ problem: 'needsSettings', reason: why.noProgramEnd });
        break;
      case 'withinYear': {
        const date = withinYear(token.school, context);
        if (date) state.candidates.push(date);
        else
          state.failures.push({
            problem: 'needsSettings',
            reason: token.school ? why.noYear : why.noProgramStart,
          });
        break;
      }
      case 'undated':
        state.undated.push(token.phrase);
        break;
      case 'schoolTerm':
        state.schoolTerm = true;
        break;
      case 'until':
        state.until = true;
        break;
    }
  });
  if (pending.length > 0) resolveLeftover(pending, state, context);
  return state;
}

/** Months with no year after them take the year of the deadline before them, else the programme's. */
function resolveLeftover(pending: readonly Yearless[], state: Scan, context: DeadlineContext): void {
  const last = pending[pending.length - 1]!;
  const month = lastMonthOf(last);
  const previous = state.candidates[state.candidates.length - 1];
  if (previous?.schoolYear) {
    // «2024-2025 учебный год, май»: the month of that school year, not a deadline after it.
    state.candidates.pop();
    const result = latestInSchoolYear(pending, previous.schoolYear, context);
    if (typeof result === 'string') state.failures.push({ problem: 'invalidDate', reason: result });
    else state.candidates.push(result);
    return;
  }
  if (previous) {
    // «декабрь 2023 - февраль»: a range that passes the new year.
    const year =
      month <= previous.date.month && !previous.bareYear ? previous.date.year + 1 : previous.date.year;
    if (previous.bareYear !== undefined) state.candidates.pop();
    const result = resolveYearless(last, year);
    if (typeof result === 'string') state.failures.push({ problem: 'invalidDate', reason: result });
    else state.candidates.push({ ...result, reading: `${result.reading} (${how.yearFromText})` });
    return;
  }
  const year = programYearOf(month, context);
  if (year === null) {
    state.failures.push({ problem: 'needsSettings', reason: why.noYear });
    return;
  }
  const result = resolveYearless(last, year);
  if (typeof result === 'string') state.failures.push({ problem: 'invalidDate', reason: result });
  else state.candidates.push({ ...result, yearFromProgram: true });
}

function describe(best: Candidate, state: Scan): string {
  const notes = [best.reading];
  if (state.until && best.reading.startsWith('дата')) notes.push(how.until);
  if (best.yearFromProgram) notes.push(how.yearFromProgram);
  const distinct = new Set(state.candidates.map((c) => `${c.date.year}-${c.date.month}-${c.date.day}`));
  if (distinct.size > 1) notes.push(how.latestOfSeveral);
  if (state.undated.length > 0 || state.schoolTerm) notes.push(how.ignoredUndated);
  return notes.join('; ');
}

/** The last day a deadline text allows, and how it was read; or why there is none. Never throws. */
export function parseDeadline(text: string, context: DeadlineContext): DeadlineResult {
  if (text.trim() === '') return { found: false, problem: 'blank', reason: why.blank };
  const state = scan(deadlineTokens(text), context);
  const failure = state.failures[0];
  if (failure) return { found: false, ...failure };
  if (state.candidates.length === 0) {
    if (state.undated.length > 0) {
      // Quote the user's own words («По итогам ГИА») when the cell holds nothing else.
      const whole = text.trim().replace(/\s+/g, ' ').replace(/[.;]$/, '');
      const phrase = whole.toLowerCase().replace(/ё/g, 'е') === state.undated[0] ? whole : state.undated[0]!;
      return { found: false, problem: 'undated', reason: why.undated(phrase) };
    }
    if (state.schoolTerm) return { found: false, problem: 'undated', reason: why.schoolTerm };
    return { found: false, problem: 'unrecognised', reason: why.unrecognised };
  }
  const best = state.candidates.reduce((a, b) => (compareDates(b.date, a.date) >= 0 ? b : a));
  return { found: true, date: best.date, reading: describe(best, state) };
}

/**
 * A deadline cell as getValues() gives it: a Date or a serial number is the date itself, a number
 * like 2024 is a year, text is parsed.
 */
export function parseDeadlineCell(
  value: unknown,
  timeZone: string,
  context: DeadlineContext,
): DeadlineResult {
  if (value instanceof Date || typeof value === 'number') {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100)
      return parseDeadline(String(value), context);
    const date = parseDateCell(value, timeZone);
    if (!date)
      return {
        found: false,
        problem: 'unrecognised',
        reason: value instanceof Date ? why.oddDate : why.notADate,
      };
    return { found: true, date, reading: how.dateCell(formatRussianDate(date)) };
  }
  if (typeof value === 'boolean') return { found: false, problem: 'unrecognised', reason: why.unrecognised };
  return parseDeadline(value === null || value === undefined ? '' : String(value), context);
}
