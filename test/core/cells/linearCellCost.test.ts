// The per-cell text operations rewritten to cost linear time (PRODUCT.md §13) answer exactly as
// the backtracking patterns they replace, on short texts made of the characters those patterns
// care about, and keep answering right on cells of 50,000 characters (the speed is in
// `npm run bench`, row «cells of 50,000 chars»).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asSheetText, readsAsValue } from '../../../src/core/cells/cellValue';
import { schoolKey, splitSchoolLogin } from '../../../src/core/identification/schoolKey';
import { normalizeHeader, normalizeText } from '../../../src/core/text/normalize';

// The patterns of the previous release, kept here as the specification of what must not change.
const OLD_READ_AS_VALUE =
  /^\s*(?:[-+]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*%?|\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|true|false|истина|ложь)\s*$/i;
const OLD_LOGIN_IN_NAME = /^\s*[([]?\s*(sch\d+)\s*[)\]]?\s*[-–—:]?\s*/i;
const OLD_TRAILING_UNIT =
  /\s*(?:,\s*|\(\s*)(?:%|чел|человек|шт|ед|ед\. изм|баллов|балл|руб|лет|дней)\.?\s*\)?$|\s*%$/;
const oldNormalizeHeader = (value: string): string =>
  normalizeText(value)
    .replace(OLD_TRAILING_UNIT, '')
    .replace(/[\s,.:;]+$/, '')
    .trim();

const textOf = (alphabet: string[], maxLength = 14) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''));

const VALUE_CHARS = [
  '1',
  '2',
  '0',
  ' ',
  '\u00a0',
  '\n',
  '.',
  ',',
  '/',
  '-',
  '+',
  ':',
  '%',
  'x',
  'а',
  'T',
  'e',
];
const VALUE_WORDS = ['true', 'FALSE', 'истина', 'Ложь', '12:30', '13.03.2024', '1/2', '34 %'];

describe('readsAsValue: the same answers as the backtracking pattern it replaces', () => {
  it('on any short text of digits, spaces, separators and letters', () => {
    fc.assert(
      fc.property(textOf(VALUE_CHARS), (text) => {
        expect(readsAsValue(text)).toBe(OLD_READ_AS_VALUE.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('on words Sheets reads as values, with spaces around', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALUE_WORDS),
        textOf([' ', '\u00a0'], 3),
        textOf([' ', 'x'], 3),
        (word, before, after) => {
          const text = `${before}${word}${after}`;
          expect(readsAsValue(text)).toBe(OLD_READ_AS_VALUE.test(text));
        },
      ),
    );
  });

  it.each([
    ['50,000 digits', '1'.repeat(50_000), true],
    ['50,000 digits and a letter', `${'1'.repeat(50_000)}x`, false],
    ['digits and spaces, then a letter', `${' 1'.repeat(25_000)}x`, false],
    ['digits and spaces, then a percent sign', `${'1 '.repeat(25_000)}%`, true],
    ['a date-like run', `${'12.'.repeat(16_667)}x`, false],
    ['50,000 spaces', ' '.repeat(50_000), false],
  ])('a cell of %s is guarded exactly when Sheets would read it as a value', (_name, text, guarded) => {
    expect(readsAsValue(text)).toBe(guarded);
    expect(asSheetText(text)).toBe(guarded ? `'${text}` : text);
  });
});

describe('normalizeHeader: trailing marks dropped as before', () => {
  it('on any short header of letters, spaces and marks', () => {
    fc.assert(
      fc.property(
        textOf(['а', 'б', ' ', '\n', ',', '.', ':', ';', '%', '(', ')', 'чел', 'ед. изм', 'руб']),
        (text) => {
          expect(normalizeHeader(text)).toBe(oldNormalizeHeader(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('a header of 50,000 commas after a word is the word', () => {
    expect(normalizeHeader(`Участников${','.repeat(50_000)}`)).toBe('участников');
    expect(normalizeHeader(`Доля${' ,.'.repeat(20_000)}x`)).toBe(
      normalizeText(`Доля${' ,.'.repeat(20_000)}x`),
    );
  });
});

describe('splitSchoolLogin: the login found as before', () => {
  it('on any short name of brackets, spaces, dashes and a login', () => {
    fc.assert(
      fc.property(textOf([' ', '(', ')', '[', ']', '-', ':', '—', 'sch1', 'SCH22', 'М', '1'], 8), (text) => {
        const old = OLD_LOGIN_IN_NAME.exec(text);
        const expected =
          !old || old[0].length === text.length
            ? { login: null, name: text.trim() }
            : { login: old[1]!.toLowerCase(), name: text.slice(old[0].length).trim() };
        expect(splitSchoolLogin(text)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('a name of 50,000 spaces has no login; one after them is still found', () => {
    expect(schoolKey(`${' '.repeat(50_000)}x`)).toBe('x');
    expect(splitSchoolLogin(`${' '.repeat(50_000)}(sch223197) МБОУ СОШ № 2`)).toEqual({
      login: 'sch223197',
      name: 'МБОУ СОШ № 2',
    });
  });
});
