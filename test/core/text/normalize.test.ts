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
