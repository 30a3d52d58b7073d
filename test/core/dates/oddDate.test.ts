import { describe, expect, it } from 'vitest';
import { asSafeCell } from '../../../src/core/cells/cellValue';
import { parseDateCell } from '../../../src/core/dates/calendarDate';
import { dateCellText, isUsableDate } from '../../../src/core/dates/oddDate';
import { deadlineReasons } from '../../../src/core/messages/roadmap';
import { deadlineContextOf } from '../../../src/core/roadmap/deadlineContext';
import { parseDeadlineCell } from '../../../src/core/roadmap/parseDeadline';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

const CONTEXT = deadlineContextOf(DEFAULT_SETTINGS);

describe('odd Date cells', () => {
  it.each([
    ['an invalid Date', new Date(Number.NaN), false],
    ['the last instant JavaScript has', new Date(8.64e15), false],
    ['the first instant JavaScript has', new Date(-8.64e15), false],
    ['the year 10000', new Date(Date.UTC(10000, 0, 1)), false],
    ['the year 0', new Date('0000-06-01T00:00:00Z'), false],
    ['01.01.0001', new Date('0001-01-01T12:00:00Z'), true],
    ['31.12.9999', new Date(Date.UTC(9999, 11, 31)), true],
    ['13.03.2024 in Moscow', new Date('2024-03-13T00:00:00+03:00'), true],
  ])('%s is usable: %s', (_name, date, usable) => {
    expect(isUsableDate(date)).toBe(usable);
    expect(parseDateCell(date, 'Europe/Moscow') === null).toBe(!usable);
    expect(dateCellText(date) === '').toBe(!usable);
    expect(asSafeCell(date)).toEqual(usable ? date : '');
  });

  it('a deadline cell with an odd Date is «not a date we can read», not «a number»', () => {
    for (const date of [new Date(Number.NaN), new Date(8.64e15)]) {
      expect(parseDeadlineCell(date, 'Europe/Moscow', CONTEXT)).toEqual({
        found: false,
        problem: 'unrecognised',
        reason: deadlineReasons.oddDate,
      });
    }
    expect(parseDeadlineCell(123_456_789, 'Europe/Moscow', CONTEXT)).toMatchObject({
      reason: deadlineReasons.notADate,
    });
  });
});
