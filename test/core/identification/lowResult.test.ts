import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimalFraction } from '../../../src/core/identification/exactShare';
import { judgeProcedure, lowResultRule } from '../../../src/core/identification/lowResult';

const counts = (failed: number, participants: number) => ({ failed, participants, share: null });
const share = (value: number) => ({ failed: null, participants: null, share: value });

describe('judgeProcedure: low when at least the threshold share got «2»', () => {
  it.each([
    [counts(3, 10), 'low'], // exactly 30 %: 0.3 is not exact in binary, the rule is
    [counts(12, 35), 'low'],
    [counts(29, 100), 'notLow'],
    [counts(30, 100), 'low'],
    [counts(299, 1000), 'notLow'],
    [counts(0, 10), 'notLow'],
    [counts(0, 0), 'fewParticipants'],
    [share(0.3), 'low'],
    [share(0.1 + 0.2), 'low'],
    [share(0.2999), 'notLow'],
    [share(0.345), 'low'],
    [{ failed: null, participants: 25, share: null }, 'noData'],
    [{ failed: null, participants: null, share: null }, 'noData'],
  ] as const)('%j → %s', (measure, outcome) => {
    expect(judgeProcedure(measure, lowResultRule(0.3, 1))).toBe(outcome);
  });

  it('compares exactly: low ⇔ 100·failed ≥ 30·participants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (participants, n) => {
        const failed = n % (participants + 1);
        const outcome = judgeProcedure(counts(failed, participants), lowResultRule(0.3, 1));
        expect(outcome === 'low').toBe(100 * failed >= 30 * participants);
      }),
    );
  });

  it('generalises to any threshold in percent with one decimal, still without floating error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(),
        (tenthsOfPercent, participants, n) => {
          const failed = n % (participants + 1);
          const rule = lowResultRule(tenthsOfPercent / 1000, 1);
          const low = judgeProcedure(counts(failed, participants), rule) === 'low';
          expect(low).toBe(1000 * failed >= tenthsOfPercent * participants);
        },
      ),
    );
  });

  it('a school with fewer participants than the minimum is never low', () => {
    const rule = lowResultRule(0.3, 5);
    expect(judgeProcedure(counts(4, 4), rule)).toBe('fewParticipants');
    expect(judgeProcedure({ failed: null, participants: 4, share: 0.9 }, rule)).toBe('fewParticipants');
    expect(judgeProcedure(counts(2, 5), rule)).toBe('low');
  });

  it('reads a typed decimal as the decimal it stands for', () => {
    expect(toDecimalFraction(0.3)).toEqual({ numerator: 3, denominator: 10 });
    expect(toDecimalFraction(0.1 + 0.2)).toEqual({ numerator: 3, denominator: 10 });
    expect(toDecimalFraction(34.5 / 100)).toEqual({ numerator: 345, denominator: 1000 });
    expect(toDecimalFraction(1)).toEqual({ numerator: 1, denominator: 1 });
  });
});
