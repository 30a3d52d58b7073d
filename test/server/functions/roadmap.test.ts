import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/core/dates/calendarDate';
import {
  roadmapFunctionMessages as m,
  measureStatuses as ms,
  targetStatuses as ts,
} from '../../../src/core/messages/roadmap';
import {
  ROADMAP_DUE,
  ROADMAP_STATUS,
  TARGET_PROGRESS,
  TARGET_STATUS,
} from '../../../src/server/functions/roadmap';

// Outside Apps Script the functions fall back to the manifest's zone.
const ZONE = 'Europe/Moscow';
const day = (d: number, mo: number, y: number): Date => toInstant({ year: y, month: mo, day: d }, ZONE);

describe('ROADMAP_DUE', () => {
  it('turns a deadline text into the date of its last day, "" when it has none', () => {
    expect(ROADMAP_DUE('до 13.03.2024')).toEqual(day(13, 3, 2024));
    expect(ROADMAP_DUE('январь/февраль \n2024 год')).toEqual(day(29, 2, 2024));
    expect(ROADMAP_DUE('По итогам ГИА')).toBe('');
    expect(ROADMAP_DUE('Март')).toBe('');
    expect(ROADMAP_DUE('Март', 2025)).toEqual(day(31, 3, 2025));
    expect(ROADMAP_DUE('Весь период', '2024')).toEqual(day(31, 12, 2024));
  });

  it('returns a range of the same shape for a range', () => {
    expect(
      ROADMAP_DUE([
        ['Март 2024', 'по плану'],
        ['I квартал 2024', ''],
      ]),
    ).toEqual([
      [day(31, 3, 2024), ''],
      [day(31, 3, 2024), ''],
    ]);
  });

  it('explains a bad year', () => {
    expect(() => ROADMAP_DUE('Март', 'в этом году')).toThrow(m.year('в этом году'));
    expect(() => ROADMAP_DUE('Март', 24)).toThrow(m.year('24'));
  });
});

describe('ROADMAP_STATUS', () => {
  const asOf = day(20, 11, 2024);
  it.each([
    ['Март 2024', false, '', ms.overdue],
    ['Ноябрь,2024', false, '', ms.dueSoon],
    [day(20, 11, 2024), false, '', ms.dueSoon],
    ['04.12.2024', false, '', ms.dueSoon],
    ['05.12.2024', false, '', ms.inProgress],
    ['По плану', false, '', ms.noDeadline],
    ['Март 2024', true, day(31, 3, 2024), ms.done],
    ['Март 2024', true, day(1, 4, 2024), ms.doneLate],
    ['Март 2024', 'Да', '', ms.done],
    ['Март', false, '', ms.overdue],
  ] as const)('%s, done %s, %s → %s', (deadline, done, doneDate, expected) => {
    expect(ROADMAP_STATUS(deadline, done, doneDate, asOf)).toBe(expected);
  });

  it('works on ranges and explains a bad argument', () => {
    expect(ROADMAP_STATUS([['Март 2024'], ['Декабрь 2025']], [[true], [false]], '', asOf)).toEqual([
      [ms.done],
      [ms.inProgress],
    ]);
    expect(() => ROADMAP_STATUS('Март 2024', 'наверное', '', asOf)).toThrow(m.done('наверное'));
    expect(() => ROADMAP_STATUS('Март 2024', true, 'вчера', asOf)).toThrow(m.date('done_date', 'вчера'));
    expect(() => ROADMAP_STATUS([['Март 2024'], ['Май 2024']], [[true, false, true]], '', asOf)).toThrow(
      m.shape,
    );
  });
});

describe('TARGET_PROGRESS and TARGET_STATUS', () => {
  it('reproduce PRODUCT.md §6 with values written in any of the accepted ways', () => {
    for (const [base, plan, fact] of [
      ['44 %', '10%', '20%'],
      [0.44, 0.1, 0.2],
      [44, 10, 20],
      ['0,44', '0,1', '0,2'],
    ] as const) {
      expect(TARGET_PROGRESS(base, plan, fact) as number).toBeCloseTo(0.706, 3);
      expect(TARGET_STATUS(base, plan, fact)).toBe(ts.progress);
    }
  });

  it('returns "" progress and «Нет данных» without a fact, and works on ranges', () => {
    expect(TARGET_PROGRESS(0.2, 1, '')).toBe('');
    expect(TARGET_STATUS(0.2, 1, '')).toBe(ts.noData);
    expect(TARGET_STATUS([[0.22], [0.2]], [[0.2], [1]], [[0.25], [1]])).toEqual([[ts.worse], [ts.achieved]]);
  });

  it('explains a value that is not a number', () => {
    expect(() => TARGET_PROGRESS('н/д', 1, 0.5)).toThrow(m.number('base', 'н/д'));
  });
});

describe('status formulas copied down a whole column', () => {
  it('leave the blank rows blank instead of «Срок не определён» / «Нет данных»', () => {
    const asOf = day(20, 11, 2024);
    expect(
      ROADMAP_STATUS([['Март 2024'], [''], ['']], [[true], [false], ['']], [[''], [''], ['']], asOf),
    ).toEqual([[ms.done], [''], ['']]);
    expect(TARGET_STATUS([[0.44], ['']], [[0.1], ['']], [[0.2], ['']])).toEqual([[ts.progress], ['']]);
    expect(ROADMAP_STATUS('по плану', false, '', asOf)).toBe(ms.noDeadline);
  });
});
