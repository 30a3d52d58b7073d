// Calendar dates without a time zone. A date cell comes from getValues() as the instant of midnight
// in the spreadsheet's zone, which may differ from the script's (Europe/Moscow in the manifest,
// Asia/Yekaterinburg for a school in Khanty-Mansiysk), so dates cross the boundary through
// fromInstant/toInstant with the spreadsheet's zone and are plain {year, month, day} inside.

import { isUsableDate } from './oddDate';

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** Days since 1970-01-01: for differences and comparisons. */
export function toDayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** «13.03.2024» */
export function formatRussianDate(date: CalendarDate): string {
  return `${pad2(date.day)}.${pad2(date.month)}.${date.year}`;
}

/** «2024-03-13»: the JSON-safe form used across google.script.run. */
export function toIsoDate(date: CalendarDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function fromIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Building an Intl.DateTimeFormat costs far more than using one: a queue of thousands of dates
// (the curator's «Очередь проверки») spent seconds here. One formatter per zone is kept.
const ZONE_FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = ZONE_FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    ZONE_FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

// formatToParts itself is the next cost: a curator's pass turns the same few hundred deadlines into
// instants and back for every school file. An offset depends only on the zone and the second.
const ZONE_OFFSETS = new Map<string, Map<number, number>>();
const OFFSETS_KEPT = 20_000;

/** Minutes the zone is ahead of UTC at the instant. Intl with time zones is available in V8 Apps Script. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const second = Math.floor(instant.getTime() / 1000);
  let offsets = ZONE_OFFSETS.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    ZONE_OFFSETS.set(timeZone, offsets);
  }
  let offset = offsets.get(second);
  if (offset === undefined) {
    offset = computeZoneOffset(instant, timeZone);
    if (offsets.size >= OFFSETS_KEPT) offsets.clear();
    offsets.set(second, offset);
  }
  return offset;
}

function computeZoneOffset(instant: Date, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The calendar day the instant falls on in the zone. */
export function fromInstant(instant: Date, timeZone: string): CalendarDate {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Midnight of the day in the zone, as the instant Sheets stores for a date cell. */
export function toInstant(date: CalendarDate, timeZone: string): Date {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  // The offset at UTC midnight may differ from the one at local midnight when a clock change
  // falls between them (Yekaterinburg, 25.03.2001): take the offset again at the first guess.
  const guess = utcMidnight - zoneOffsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
  let instant = utcMidnight - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  // Where the clock jumps at midnight (São Paulo until 2019) the day starts at 01:00.
  for (let hour = 0; hour < 3 && compareDates(fromInstant(new Date(instant), timeZone), date) < 0; hour++) {
    instant += 3_600_000;
  }
  return new Date(instant);
}

const SHEETS_EPOCH_DAY = toDayNumber({ year: 1899, month: 12, day: 30 });

/**
 * A date from a cell: a Date (in the sheet's zone), a Sheets serial number, or text
 * «13.03.2024», «13.03.24», «2024-03-13». Null when it is not a date.
 */
export function parseDateCell(value: unknown, timeZone: string): CalendarDate | null {
  if (value instanceof Date) return isUsableDate(value) ? fromInstant(value, timeZone) : null;
  if (typeof value === 'number') {
    // A serial date (days since 30.12.1899) of a plausible school-era year.
    if (value < 20000 || value > 80000) return null;
    return fromDayNumber(SHEETS_EPOCH_DAY + Math.floor(value));
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = fromIsoDate(text);
  if (iso) return iso;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s*г\.?)?$/.exec(text);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const [day, month] = [Number(m[1]), Number(m[2])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}
