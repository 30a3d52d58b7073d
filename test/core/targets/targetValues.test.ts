import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planWords, readTargetValue, splitPlanWords } from '../../../src/core/targets/targetValues';

describe('plans with words (PRODUCT.md §6)', () => {
  it.each([
    ['0,438 и выше', 'more', 0.438, 'plain'],
    ['99% и выше', 'more', 0.99, 'share'],
    ['не ниже 3,80', 'more', 3.8, 'plain'],
    ['не менее 95 %', 'more', 0.95, 'share'],
    ['не более 10 %', 'less', 0.1, 'share'],
    ['до 10 %', 'upTo', 0.1, 'share'],
    ['Не ниже 3,70', 'more', 3.7, 'plain'],
    ['34% и более', 'more', 0.34, 'share'],
    ['5 и ниже', 'less', 5, 'plain'],
  ] as const)('%j → %s %d', (text, words, value, scale) => {
    expect(planWords(text)).toBe(words);
    expect(readTargetValue(text, scale)).toBeCloseTo(value, 12);
  });

  it('leaves plain values alone', () => {
    expect(splitPlanWords('0,438')).toBeNull();
    expect(splitPlanWords(0.438)).toBeNull();
    expect(planWords('100%')).toBeNull();
    expect(readTargetValue('выше среднего', 'plain')).toBeUndefined();
  });

  it('reads the number of any worded plan exactly as the bare number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom('', ','),
        fc.constantFrom('не ниже ', 'не менее ', 'не более ', 'до ', '', ''),
        fc.constantFrom(' и выше', ' и ниже', ''),
        (n, comma, prefix, suffix) => {
          const number = comma ? `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, '0')}` : String(n);
          const text = `${prefix}${number}${prefix ? '' : suffix}`;
          expect(readTargetValue(text, 'plain')).toBe(readTargetValue(number, 'plain'));
        },
      ),
    );
  });
});
