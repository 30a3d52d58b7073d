import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCount, readShare } from '../../../src/core/identification/resultCells';

describe('readShare: the share of «2» however it is typed', () => {
  it.each<[unknown, number, number]>([
    [0.34, 0.34, 0.01],
    [34, 0.34, 0.01],
    ['34 %', 0.34, 0.01],
    ['34,5%', 0.345, 0.001],
    ['0,345', 0.345, 0.001],
    [0.342857142857, 0.342857142857, 1e-6], // a formula's result: exact
  ])('%j → %d (one unit of the last digit: %d)', (value, share, step) => {
    const read = readShare(value);
    expect(read.ok && read.value).toBeTruthy();
    if (!read.ok || !read.value) return;
    expect(read.value.share).toBeCloseTo(share, 12);
    expect(read.value.step).toBeCloseTo(step, 12);
  });

  it.each([
    ['н/д', 'notANumber'],
    ['-5 %', 'negative'],
    [-0.3, 'negative'],
    ['140 %', 'shareAbove100'],
    [250, 'shareAbove100'],
  ])('%j is %s', (value, problem) => {
    expect(readShare(value)).toEqual({ ok: false, problem });
  });

  it('reads whole percents the same as a number, as text, with «%» and as a fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), fc.constantFrom('', ' ', '\u00a0'), (percent, space) => {
        const expected = percent / 100;
        for (const typed of [percent, String(percent), `${percent}${space}%`, expected]) {
          const read = readShare(typed);
          expect(read.ok && read.value?.share).toBeCloseTo(expected, 12);
        }
      }),
    );
  });

  it('reads a percent with a decimal comma or point alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999 }), (tenths) => {
        const text = `${Math.floor(tenths / 10)},${tenths % 10}`;
        const comma = readShare(`${text} %`);
        const point = readShare(`${text.replace(',', '.')}%`);
        expect(comma).toEqual(point);
        expect(comma.ok && comma.value?.share).toBeCloseTo(tenths / 1000, 12);
      }),
    );
  });
});

describe('readShare on a sheet: percent points unless the cell is formatted as percent (PRODUCT.md §2)', () => {
  it.each<[unknown, 'points' | 'fraction', number, number]>([
    // A good gymnasium's share of «2»: 0,89 in `Доля «2», %` is 0,89 %, not 89 %.
    [0.89, 'points', 0.0089, 0.0001],
    ['0,89', 'points', 0.0089, 0.0001],
    [34, 'points', 0.34, 0.01],
    [34.5, 'points', 0.345, 0.001],
    ['34,5', 'points', 0.345, 0.001],
    ['34 %', 'points', 0.34, 0.01],
    [1, 'points', 0.01, 0.01],
    [0, 'points', 0, 0.01],
    // A percent-formatted cell shows 89 % and holds 0,89.
    [0.89, 'fraction', 0.89, 0.01],
    [0.345, 'fraction', 0.345, 0.001],
    [1, 'fraction', 1, 0.01], // shown as 100 %
    ['34 %', 'fraction', 0.34, 0.01],
    ['0,89', 'fraction', 0.0089, 0.0001], // text is what was typed: points
  ])('%j in a %s cell → %d', (value, scale, share, step) => {
    const read = readShare(value, scale);
    expect(read.ok).toBe(true);
    if (!read.ok || !read.value) throw new Error('not read');
    expect(read.value.share).toBeCloseTo(share, 12);
    expect(read.value.step).toBeCloseTo(step, 12);
  });

  it('names the format when a percent-formatted cell shows more than 100 % (a typed 34 is 3400 %)', () => {
    expect(readShare(34, 'fraction')).toEqual({ ok: false, problem: 'percentFormatAbove100' });
    expect(readShare(140, 'points')).toEqual({ ok: false, problem: 'shareAbove100' });
  });

  it('a number below 1 is a fraction only where the format says so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (hundredths) => {
        const value = hundredths / 100;
        const points = readShare(value, 'points');
        const fraction = readShare(value, 'fraction');
        expect(points.ok && points.value?.share).toBeCloseTo(value / 100, 12);
        expect(fraction.ok && fraction.value?.share).toBeCloseTo(value, 12);
      }),
    );
  });
});

describe('readCount: a number of pupils', () => {
  it.each<[unknown, number | null]>([
    [35, 35],
    ['35', 35],
    [' 1 234 ', 1234],
    ['', null],
  ])('%j → %j', (value, count) => {
    expect(readCount(value)).toEqual({ ok: true, value: count });
  });

  it.each([
    ['н/д', 'notANumber'],
    ['12 %', 'notANumber'],
    [-3, 'negative'],
    ['2,5', 'notWhole'],
    [true, 'notANumber'],
  ])('%j is %s', (value, problem) => {
    expect(readCount(value)).toEqual({ ok: false, problem });
  });

  it('reads any whole number typed as text', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), (n) => {
        expect(readCount(String(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});
