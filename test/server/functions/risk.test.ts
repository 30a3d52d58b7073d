import { describe, expect, it } from 'vitest';
import { riskMessages as m } from '../../../src/core/messages/risk';
import { RISK_LEVEL } from '../../../src/server/functions/risk';

describe('RISK_LEVEL(value; medium_from; high_from)', () => {
  it.each([
    [31, 15, 30, 'высокий'],
    [30, 15, 30, 'высокий'],
    [29.9, 15, 30, 'средний'],
    [15, 15, 30, 'средний'],
    [14.9, 15, 30, 'низкий'],
    // high_from < medium_from: a lower value is worse.
    [50, 80, 50, 'высокий'],
    [79, 80, 50, 'средний'],
    [81, 80, 50, 'низкий'],
    // A percent-formatted cell (0.3) against thresholds typed as percent points, and text.
    [0.3, 15, 30, 'высокий'],
    ['30 %', 15, 30, 'высокий'],
    ['30,5', 15, 30, 'высокий'],
    ['', 15, 30, ''],
  ])('RISK_LEVEL(%j; %j; %j) = %j', (value, medium, high, expected) => {
    expect(RISK_LEVEL(value, medium, high)).toBe(expected);
  });

  it('takes a range and returns a range of the same shape', () => {
    expect(RISK_LEVEL([[30], [31], [''], [0.1]], 15, 30)).toEqual([
      ['высокий'],
      ['высокий'],
      [''],
      ['низкий'],
    ]);
    expect(RISK_LEVEL([[10, 20, 40]], 15, 30)).toEqual([['низкий', 'средний', 'высокий']]);
  });

  it('takes thresholds per row from ranges of the same shape', () => {
    expect(RISK_LEVEL([[30], [60]], [[15], [80]], [[30], [50]])).toEqual([['высокий'], ['средний']]);
  });

  it('a single-cell range gives a 1×1 range back', () => {
    expect(RISK_LEVEL([[30]], 15, 30)).toEqual([['высокий']]);
  });

  it('explains every bad argument in Russian', () => {
    expect(() => RISK_LEVEL('много', 15, 30)).toThrow(m.riskLevelNotNumber('много'));
    expect(() => RISK_LEVEL(20, undefined, undefined)).toThrow(m.riskLevelThresholdMissing);
    expect(() => RISK_LEVEL(20, 'пятнадцать', 30)).toThrow(m.riskLevelThresholdNotNumber('пятнадцать'));
    expect(() => RISK_LEVEL([[1], [2]], [[1], [2], [3]], 30)).toThrow(m.riskLevelShape);
  });
});
