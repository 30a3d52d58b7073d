import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degreeOfLearning, meanMark, qualityRate, successRate } from '../../../src/core/rates/markCounts';

// A class of 25: 5 «5», 8 «4», 9 «3», 2 «2», 1 not graded.
const CLASS = { n5: 5, n4: 8, n3: 9, n2: 2, nNa: 1 };

describe('assessment rates (PRODUCT.md §9)', () => {
  it('computes ОУ, КУ, СОУ and the mean mark of a class', () => {
    expect(successRate(CLASS)).toBeCloseTo(22 / 25, 12);
    expect(qualityRate(CLASS)).toBeCloseTo(13 / 25, 12);
    expect(degreeOfLearning(CLASS)).toBeCloseTo((5 + 8 * 0.64 + 9 * 0.36 + 2 * 0.16 + 0.07) / 25, 12);
    expect(meanMark(CLASS)).toBeCloseTo((25 + 32 + 27 + 4) / 24, 12);
  });

  it('gives no value without pupils', () => {
    const none = { n5: 0, n4: 0, n3: 0, n2: 0, nNa: 0 };
    expect([successRate(none), qualityRate(none), degreeOfLearning(none), meanMark(none)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps every rate a share and the mean mark between 2 and 5', () => {
    const counts = fc.record({
      n5: fc.nat(500),
      n4: fc.nat(500),
      n3: fc.nat(500),
      n2: fc.nat(500),
      nNa: fc.nat(50),
    });
    fc.assert(
      fc.property(counts, (c) => {
        fc.pre(c.n5 + c.n4 + c.n3 + c.n2 > 0);
        const quality = qualityRate(c)!;
        const success = successRate(c)!;
        expect(quality).toBeLessThanOrEqual(success);
        expect(success).toBeLessThanOrEqual(1);
        expect(degreeOfLearning(c)!).toBeGreaterThanOrEqual(0.07 - 1e-12);
        expect(degreeOfLearning(c)!).toBeLessThanOrEqual(1 + 1e-12);
        expect(meanMark(c)!).toBeGreaterThanOrEqual(2);
        expect(meanMark(c)!).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('gives СОУ 100 % when every pupil got «5» and 16 % when every pupil got «2»', () => {
    expect(degreeOfLearning({ n5: 7, n4: 0, n3: 0, n2: 0, nNa: 0 })).toBe(1);
    expect(degreeOfLearning({ n5: 0, n4: 0, n3: 0, n2: 7, nNa: 0 })).toBeCloseTo(0.16, 12);
  });
});
