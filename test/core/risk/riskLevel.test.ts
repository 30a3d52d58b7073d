import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskMessages as m } from '../../../src/core/messages/risk';
import {
  conclusionFor,
  levelFor,
  parseRiskLevel,
  parseWorseWhen,
  percentPoints,
  type RiskRule,
  riskLevelOfCells,
} from '../../../src/core/risk/riskLevel';

const worseWhenMore: RiskRule = { worseWhen: 'больше', mediumFrom: 15, highFrom: 30 };
const worseWhenLess: RiskRule = { worseWhen: 'меньше', mediumFrom: 80, highFrom: 50 };

describe('levelFor: a threshold reached is that level', () => {
  it.each([
    [0, 'низкий'],
    [14.99, 'низкий'],
    [15, 'средний'],
    [29.9, 'средний'],
    [30, 'высокий'],
    [95, 'высокий'],
  ])('larger is worse: %d → %s', (value, level) => {
    expect(levelFor(value, worseWhenMore)).toBe(level);
  });

  it.each([
    [100, 'низкий'],
    [80.01, 'низкий'],
    [80, 'средний'],
    [50.5, 'средний'],
    [50, 'высокий'],
    [0, 'высокий'],
  ])('smaller is worse: %d → %s', (value, level) => {
    expect(levelFor(value, worseWhenLess)).toBe(level);
  });

  it('never gets better as the value gets worse', () => {
    const rank = { низкий: 0, средний: 1, высокий: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (a, b, medium, gap) => {
          const more: RiskRule = { worseWhen: 'больше', mediumFrom: medium, highFrom: medium + gap };
          const less: RiskRule = { worseWhen: 'меньше', mediumFrom: medium, highFrom: medium - gap };
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(rank[levelFor(hi, more)]).toBeGreaterThanOrEqual(rank[levelFor(lo, more)]);
          expect(rank[levelFor(lo, less)]).toBeGreaterThanOrEqual(rank[levelFor(hi, less)]);
        },
      ),
    );
  });
});

describe('the conclusions in the documents’ words', () => {
  it.each([
    ['низкий', 'Риск не выражен'],
    ['средний', 'Риск проявляется эпизодически'],
    ['высокий', 'Риск проявляется часто и достаточно выражен'],
  ] as const)('%s → %s', (level, text) => {
    expect(conclusionFor(level)).toBe(text);
  });
});

describe('percentPoints on a sheet, with the cell’s number format (PRODUCT.md §2)', () => {
  it.each<[unknown, 'points' | 'fraction', number]>([
    [30, 'points', 30], // seed 001_…: «30» beside «%»
    [0.5, 'points', 0.5], // 0,5 % of pupils with ОВЗ, not 50 %
    ['0,5', 'points', 0.5],
    ['30 %', 'points', 30],
    [1, 'points', 1],
    [0.3, 'fraction', 30], // a percent-formatted cell showing 30 %
    [1, 'fraction', 100],
    [0.07, 'fraction', 7],
    ['30 %', 'fraction', 30],
    ['0,5', 'fraction', 0.5], // text is what was typed
  ])('%j in a %s cell → %d', (cell, scale, points) => {
    expect(percentPoints(cell, scale)).toBe(points);
  });
});

describe('percentPoints: a share as percent points', () => {
  it.each([
    [30, 30],
    ['30', 30],
    ['30 %', 30],
    ['30,5', 30.5],
    ['30,5 %', 30.5],
    [0.3, 30],
    [0.31, 31],
    [0.07, 7],
    ['0,3', 30],
    ['0,5 %', 0.5],
    [1, 1],
    [0, 0],
    [100, 100],
  ])('%j → %d', (cell, points) => {
    expect(percentPoints(cell)).toBe(points);
  });

  it.each([['много'], [''], [true], ['30 процентов']])('%j is not a number', (cell) => {
    expect(percentPoints(cell)).toBeNull();
  });

  it('reads any fraction from a percent-formatted cell as the percent it shows, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (percent) => {
        expect(percentPoints(percent / 100)).toBe(percent);
        expect(percentPoints(`${percent} %`)).toBe(percent);
      }),
    );
  });
});

describe('parseRiskLevel: the official level as entered', () => {
  it.each([
    ['высокий', 'высокий'],
    ['Высокий уровень', 'высокий'],
    ['ВЫСОКИЙ', 'высокий'],
    ['высокая', 'высокий'],
    ['средний', 'средний'],
    ['Средний ', 'средний'],
    ['низкий', 'низкий'],
    ['*Степень риска, проявляется часто и достаточно выражена', 'высокий'],
    ['Риск проявляется часто и достаточно выражен', 'высокий'],
    ['Риск проявляется эпизодически', 'средний'],
    ['Риск не выражен', 'низкий'],
    ['Риск проявляется нечасто', null],
    ['', null],
    ['да', null],
  ])('%j → %j', (text, level) => {
    expect(parseRiskLevel(text)).toBe(level);
  });
});

describe('parseWorseWhen', () => {
  it.each([
    ['больше', 'больше'],
    ['Больше — хуже', 'больше'],
    ['выше', 'больше'],
    ['меньше', 'меньше'],
    ['Ниже', 'меньше'],
    ['', null],
    ['иногда', null],
  ])('%j → %j', (text, expected) => {
    expect(parseWorseWhen(text)).toBe(expected);
  });
});

describe('riskLevelOfCells (RISK_LEVEL)', () => {
  it.each([
    [30, 15, 30, 'высокий'],
    [15, 15, 30, 'средний'],
    [14, 15, 30, 'низкий'],
    [50, 80, 50, 'высокий'],
    [80, 80, 50, 'средний'],
    [81, 80, 50, 'низкий'],
    // A percent-formatted cell against thresholds typed in percent points.
    [0.3, 15, 30, 'высокий'],
    [0.2, 15, 30, 'средний'],
    // Percent points against thresholds given as fractions.
    [30, 0.15, 0.3, 'высокий'],
    [0.3, 0.15, 0.3, 'высокий'],
    ['30 %', 15, 30, 'высокий'],
    ['30,5', '15', '30', 'высокий'],
    [0.1, '15 %', '30 %', 'низкий'],
    // Counts are compared as they are.
    [3, 1, 2, 'высокий'],
    [1, 2, 0, 'средний'],
    ['', 15, 30, ''],
  ] as const)('%j with %j / %j → %j', (value, medium, high, expected) => {
    expect(riskLevelOfCells(value, medium, high)).toBe(expected);
  });

  it('explains a value that is not a number', () => {
    expect(() => riskLevelOfCells('много', 15, 30)).toThrow(m.riskLevelNotNumber('много'));
  });

  it('explains a missing or bad threshold', () => {
    expect(() => riskLevelOfCells(20, '', 30)).toThrow(m.riskLevelThresholdMissing);
    expect(() => riskLevelOfCells(20, 15, 'высокий')).toThrow(m.riskLevelThresholdNotNumber('высокий'));
  });
});
