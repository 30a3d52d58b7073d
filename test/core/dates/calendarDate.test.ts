import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDate,
  formatRussianDate,
  fromDayNumber,
  fromInstant,
  parseDateCell,
  toDayNumber,
  toInstant,
  toIsoDate,
  zoneOffsetMinutes,
} from '../../../src/core/dates/calendarDate';

describe('calendar dates across time zones', () => {
  it('reads a date cell as the day it shows in the spreadsheet zone, not the script zone', () => {
    // A school in Khanty-Mansiysk: midnight of 13.03.2024 there is 22:00 of 12.03 in Moscow.
    const cell = new Date('2024-03-12T19:00:00Z');
    expect(fromInstant(cell, 'Asia/Yekaterinburg')).toEqual(calendarDate(2024, 3, 13));
    expect(fromInstant(cell, 'Europe/Moscow')).toEqual(calendarDate(2024, 3, 12));
  });

  it('writes a day as midnight of the spreadsheet zone and reads it back', () => {
    for (const zone of [
      'Europe/Moscow',
      'Asia/Yekaterinburg',
      'Asia/Vladivostok',
      'Europe/Kaliningrad',
      'UTC',
    ]) {
      const day = calendarDate(2024, 12, 31);
      expect(fromInstant(toInstant(day, zone), zone)).toEqual(day);
    }
    expect(toInstant(calendarDate(2024, 3, 13), 'Europe/Moscow').toISOString()).toBe(
      '2024-03-12T21:00:00.000Z',
    );
  });

  it('finds local midnight on a day whose clock change falls between UTC and local midnight', () => {
    // Yekaterinburg moved to summer time at 02:00 on 25.03.2001 (found by the property below).
    const day = calendarDate(2001, 3, 25);
    expect(fromInstant(toInstant(day, 'Asia/Yekaterinburg'), 'Asia/Yekaterinburg')).toEqual(day);
    // São Paulo skipped from 00:00 to 01:00 on 21.10.1990: that day starts at 01:00.
    const skipped = calendarDate(1990, 10, 21);
    expect(fromInstant(toInstant(skipped, 'America/Sao_Paulo'), 'America/Sao_Paulo')).toEqual(skipped);
  });

  it('round-trips any day through day numbers and instants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 40_000 }), (n) => {
        const day = fromDayNumber(n);
        expect(toDayNumber(day)).toBe(n);
        expect(fromInstant(toInstant(day, 'Asia/Yekaterinburg'), 'Asia/Yekaterinburg')).toEqual(day);
      }),
    );
  });

  it('formats for people and for JSON', () => {
    expect(formatRussianDate(calendarDate(2024, 3, 5))).toBe('05.03.2024');
    expect(toIsoDate(calendarDate(2024, 3, 5))).toBe('2024-03-05');
    expect(addDays(calendarDate(2024, 2, 28), 1)).toEqual(calendarDate(2024, 2, 29));
  });
});

describe('parseDateCell', () => {
  it.each([
    ['13.03.2024', calendarDate(2024, 3, 13)],
    ['13.03.24', calendarDate(2024, 3, 13)],
    ['1.9.2024', calendarDate(2024, 9, 1)],
    ['2024-03-13', calendarDate(2024, 3, 13)],
    ['31.12.2024 г.', calendarDate(2024, 12, 31)],
    [45364, calendarDate(2024, 3, 13)],
  ])('%j → a date', (value, expected) => {
    expect(parseDateCell(value, 'Europe/Moscow')).toEqual(expected);
  });

  it.each([['31.02.2024'], ['завтра'], [''], [true], [12], ['13/2024']])('%j is not a date', (value) => {
    expect(parseDateCell(value, 'Europe/Moscow')).toBeNull();
  });
});

describe('zone offsets, remembered per zone and second', () => {
  it('tells both sides of a clock change on the same day apart, however often asked', () => {
    // Moscow, 28.03.2010: 02:00 MSK (UTC+3) became 03:00 MSD (UTC+4).
    const before = new Date('2010-03-27T22:59:59Z');
    const after = new Date('2010-03-27T23:00:00Z');
    for (let i = 0; i < 3; i++) {
      expect(zoneOffsetMinutes(before, 'Europe/Moscow')).toBe(180);
      expect(zoneOffsetMinutes(after, 'Europe/Moscow')).toBe(240);
      expect(zoneOffsetMinutes(after, 'Asia/Yekaterinburg')).toBe(360);
    }
  });

  it('gives the same days after many thousand other instants were asked', () => {
    const cell = new Date('2024-03-12T19:00:00Z');
    const first = fromInstant(cell, 'Asia/Yekaterinburg');
    for (let s = 0; s < 25_000; s++)
      zoneOffsetMinutes(new Date(Date.UTC(2023, 0, 1) + s * 1000), 'Asia/Yekaterinburg');
    expect(fromInstant(cell, 'Asia/Yekaterinburg')).toEqual(first);
    expect(toInstant(calendarDate(2024, 3, 13), 'Asia/Yekaterinburg')).toEqual(cell);
  });
});
