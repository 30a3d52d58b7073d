// Counts near the largest double (a pasted column of 1e308, a formula gone wrong) must give a
// finite rate or none: five counts of 1.8e308 summed to Infinity, and Infinity / Infinity was NaN.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degreeOfLearning, meanMark, qualityRate, successRate } from '../../../src/core/rates/markCounts';
import { targetProgress } from '../../../src/core/targets/targetProgress';

const MAX = Number.MAX_VALUE;

describe('rates on huge counts', () => {
  it.each([
    [
      'all at the largest double',
      { n5: MAX, n4: MAX, n3: MAX, n2: MAX, nNa: MAX },
      [3 / 5, 2 / 5, (100 + 64 + 36 + 16 + 7) / 500, 3.5],
    ],
    ['one huge, the rest small', { n5: MAX, n4: 1, n3: 0, n2: 0, nNa: 0 }, [1, 1, 1, 5]],
    ['twos only', { n5: 0, n4: 0, n3: 0, n2: 1e308, nNa: 1e308 }, [0, 0, (16 + 7) / 200, 2]],
  ])('%s: the same rates as the small counts in the same proportion', (_name, counts, expected) => {
    const got = [successRate(counts), qualityRate(counts), degreeOfLearning(counts), meanMark(counts)];
    got.forEach((value, i) => {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeCloseTo(expected[i]!, 12);
    });
  });

  it('any counts up to the largest double: every rate a finite share, the mean mark within 2..5', () => {
    const count = fc.oneof(
      fc.nat(1000),
      fc.double({ min: 0, max: MAX, noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.record({ n5: count, n4: count, n3: count, n2: count, nNa: count }), (c) => {
        fc.pre(c.n5 + c.n4 + c.n3 + c.n2 > 0 || c.n5 > 0 || c.n4 > 0 || c.n3 > 0 || c.n2 > 0);
        for (const rate of [successRate(c), qualityRate(c), degreeOfLearning(c)]) {
          expect(rate === null || (Number.isFinite(rate) && rate >= 0 && rate <= 1 + 1e-12)).toBe(true);
        }
        const mean = meanMark(c);
        expect(mean === null || (mean >= 2 - 1e-12 && mean <= 5 + 1e-12)).toBe(true);
      }),
    );
  });

  it('counts that are not finite give no rate', () => {
    expect(successRate({ n5: Number.POSITIVE_INFINITY, n4: 1, n3: 1, n2: 1, nNa: 0 })).toBeNull();
    expect(meanMark({ n5: Number.NaN, n4: 1, n3: 1, n2: 1 })).toBeNull();
  });
});

describe('target progress on huge values', () => {
  it.each([
    [MAX, 1e308, -1e308],
    [-MAX, MAX, 0],
    [1e308, -1e308, MAX],
  ])('base %d, plan %d, fact %d: a finite progress', (base, plan, fact) => {
    const { progress } = targetProgress(base, plan, fact);
    expect(progress === null || Number.isFinite(progress)).toBe(true);
  });

  it('keeps the progress of ordinary values: half way is 0.5', () => {
    expect(targetProgress(0.44, 0.1, 0.27).progress).toBeCloseTo(0.5, 12);
    expect(targetProgress(4e307, 8e307, 6e307).progress).toBeCloseTo(0.5, 12);
    expect(targetProgress(-MAX, MAX, 0).progress).toBeCloseTo(0.5, 12);
  });
});
