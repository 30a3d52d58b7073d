import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, parseShare } from '../../../src/core/numbers/parseNumber';

describe('parseShare: a share as a fraction, however it is typed', () => {
  it.each([
    [0.34, 0.34],
    [34, 0.34],
    ['34 %', 0.34],
    ['34,5%', 0.345],
    ['0,34', 0.34],
    ['34', 0.34],
    [1, 1],
    ['100 %', 1],
    ['0,5 %', 0.005],
  ])('%j → %j', (value, expected) => {
    expect(parseShare(value)).toBeCloseTo(expected, 10);
  });

  it.each([['н/д'], [''], ['-'], [true], ['34 процента'], [Number.NaN]])('%j is not a share', (value) => {
    expect(parseShare(value)).toBeNull();
  });
});

describe('parseNumber', () => {
  it.each([
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    [' 28 ', 28],
    ['-3', -3],
    [12, 12],
  ])('%j → %j', (value, expected) => {
    expect(parseNumber(value)).toBe(expected);
  });

  it('never throws and reads back any number written with a comma', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        parseNumber(value);
        parseShare(value);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 99 }), (whole, part) => {
        expect(parseNumber(`${whole},${String(part).padStart(2, '0')}`)).toBeCloseTo(
          Math.sign(whole || 1) * (Math.abs(whole) + part / 100),
          8,
        );
      }),
    );
  });
});
