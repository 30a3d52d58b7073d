import { describe, expect, it } from 'vitest';
import { argumentText } from '../../../src/core/messages/argumentText';
import { failureMessages } from '../../../src/core/messages/failures';
import { SUCCESS_RATE } from '../../../src/server/functions/identification';
import { ROADMAP_STATUS, TARGET_STATUS } from '../../../src/server/functions/roadmap';

describe('argumentText: a bad argument quoted in a formula’s error', () => {
  it.each([
    ['a date', new Date('2024-03-13T00:00:00Z'), '13.03.2024'],
    ['an invalid Date', new Date(Number.NaN), failureMessages.oddDateValue],
    ['the last Date JavaScript has', new Date(8.64e15), failureMessages.oddDateValue],
    ['a number', 34.5, '34.5'],
    ['a long text', 'x'.repeat(50_000), `${'x'.repeat(60)}…`],
  ])('%s', (_name, value, shown) => {
    expect(argumentText(value)).toBe(shown);
  });

  it('the formulas’ errors quote dates in Russian, never «GMT» or «Invalid Date»', () => {
    const errorOf = (call: () => unknown): string => {
      try {
        call();
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    for (const date of [new Date(Number.NaN), new Date(8.64e15), new Date('2024-03-13T00:00:00Z')]) {
      const messages = [
        errorOf(() => TARGET_STATUS(date, 0.1, 0.2)),
        errorOf(() => SUCCESS_RATE(date, 1, 1, 1)),
        errorOf(() => ROADMAP_STATUS('до 13.03.2024', 'может быть')),
      ];
      for (const message of messages) {
        expect(message).not.toBe('');
        expect(message).not.toMatch(/GMT|Invalid Date|Coordinated/);
      }
    }
    expect(errorOf(() => TARGET_STATUS('x'.repeat(50_000), 0.1, 0.2)).length).toBeLessThan(300);
  });
});
