import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fixLookalikeLetters,
  isBlank,
  normalizeHeader,
  normalizeText,
} from '../../../src/core/text/normalize';

describe('normalizeHeader: headers as people type them find their column', () => {
  it.each([
    ['Доля «2», %', 'доля 2'],
    ['ДОЛЯ "2"', 'доля 2'],
    ['  Отчётный\nдокумент ', 'отчетный документ'],
    ['Отчетный документ', 'отчетный документ'],
    ['Прогресс, %', 'прогресс'],
    ['Прогресс (%)', 'прогресс'],
    ['Порог низкого результата, %', 'порог низкого результата'],
    ['Срок (дата)', 'срок (дата)'],
    ['Лучше, когда', 'лучше, когда'],
    ['Участников, чел.', 'участников'],
    ['Количество участников (чел.)', 'количество участников'],
    ['Результат, ед.', 'результат'],
    ['Доля «2»%', 'доля 2'],
    ['Ед. измерения', 'ед. измерения'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('folds case, «ё», quotes, spaces and line breaks', () => {
    expect(normalizeText('МБОУ  "СОШ\n№2"')).toBe('мбоу сош №2');
    expect(normalizeText('Ёлочка')).toBe('елочка');
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(2024)).toBe('2024');
  });

  it('reads Latin look-alike letters inside Russian words as Cyrillic', () => {
    expect(normalizeText('BПP математика')).toBe('впр математика');
    expect(normalizeText('OГЭ')).toBe('огэ');
    expect(fixLookalikeLetters('MOCKBA')).toBe('МОСКВА');
  });

  it('keeps short Latin words Latin', () => {
    expect(fixLookalikeLetters('ID')).toBe('ID');
    expect(normalizeText('Google Drive')).toBe('google drive');
  });
});

describe('isBlank', () => {
  it.each([
    ['', true],
    ['   ', true],
    [null, true],
    [undefined, true],
    [0, false],
    [false, false],
    ['0', false],
  ])('%j → %j', (value, expected) => {
    expect(isBlank(value)).toBe(expected);
  });
});

describe('normalizeText never throws', () => {
  it('reads any value, odd objects as blank', () => {
    expect(normalizeText({ toString: '' })).toBe('');
    expect(normalizeText(Object.create(null))).toBe('');
    expect(normalizeText(Symbol('x'))).toBe('symbol(x)');
  });
});

describe('fixLookalikeLetters: the quick path for text without a look-alike letter', () => {
  // The rule as first written (every word split and tested), which the quick path must keep.
  const LOOKALIKES: Record<string, string> = Object.fromEntries(
    [...'aceopxykmthbACEOPXYKMTHB'].map((ch, i) => [ch, [...'асеорхукмтнвАСЕОРХУКМТНВ'][i]!]),
  );
  const reference = (text: string): string =>
    text.replace(/[\p{L}]+/gu, (word) => {
      const hasCyrillic = /[а-яё]/i.test(word);
      const allLookalike = [...word].every((ch) => LOOKALIKES[ch] !== undefined);
      if (!hasCyrillic && !(allLookalike && word.length >= 3 && word === word.toUpperCase())) return word;
      return [...word].map((ch) => LOOKALIKES[ch] ?? ch).join('');
    });
  const letters = [
    ...'aAcCeEoOpPxXhHbBkKmMtTyYdDsSzZ',
    ...'аАвВеЕкКмМнНоОрРсСтТуУхХёЁйЙшШ',
    ' ',
    '-',
    '«',
    '1',
    '№',
  ];

  it.each([
    ['BПP математика', 'ВПР математика'],
    ['OГЭ', 'ОГЭ'],
    ['МБОУ СОШ № 2', 'МБОУ СОШ № 2'],
    ['ID школы', 'ID школы'],
    ['sch423160', 'sch423160'],
  ])('%s → %s', (text, fixed) => {
    expect(fixLookalikeLetters(text)).toBe(fixed);
  });

  it('gives what the word-by-word rule gives on any mix of Latin and Cyrillic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(fixLookalikeLetters(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeHeader keys a text the same way every time', () => {
  it('after more distinct headers than it remembers', () => {
    expect(normalizeHeader('Доля «2», %')).toBe('доля 2');
    for (let i = 0; i < 12_000; i++) normalizeHeader(`Столбец ${i}, чел.`);
    expect(normalizeHeader('Доля «2», %')).toBe('доля 2');
    expect(normalizeHeader('Столбец 11999, чел.')).toBe('столбец 11999');
    expect(normalizeHeader(2024)).toBe('2024');
  });
});
