import { describe, expect, it } from 'vitest';
import { recoverCount } from '../../../src/core/import/countFromShare';
import { comparisonCells, mergeComparison } from '../../../src/core/import/mergeComparison';
import { rowLevel } from '../../../src/core/import/rowLevel';
import { splitSchoolLogin } from '../../../src/core/import/schoolLogin';
import { formatDecimals, readWrittenShare } from '../../../src/core/import/writtenShare';

describe('splitSchoolLogin', () => {
  it.each([
    ['(sch223197) МБОУ "СОШ №2"', 'sch223197', 'МБОУ "СОШ №2"'],
    ['  (SCH223197)   МБОУ СОШ № 2 ', 'sch223197', 'МБОУ СОШ № 2'],
    ['sch223197 - МБОУ СОШ № 2', 'sch223197', 'МБОУ СОШ № 2'],
    ['sch223197, МБОУ   СОШ № 2', 'sch223197', 'МБОУ СОШ № 2'],
    ['МБОУ СОШ № 2 (филиал)', '', 'МБОУ СОШ № 2 (филиал)'],
    ['(2) МБОУ СОШ', '', '(2) МБОУ СОШ'],
  ])('%s → %s, %s', (cell, login, name) => {
    expect(splitSchoolLogin(cell)).toEqual({ login, name });
  });
});

describe('rowLevel', () => {
  const fresh = { schoolSeen: false, regionSeen: false, positional: true };
  it.each([
    ['Вся выборка', fresh, 'Вся выборка'],
    ['Кемеровская обл. - Кузбасс', fresh, 'Регион'],
    ['Ханты-Мансийский автономный округ - Югра', fresh, 'Регион'],
    ['Яйский муниципальный округ', { ...fresh, regionSeen: true }, 'Муниципалитет'],
    ['г. Кемерово', { ...fresh, regionSeen: true, schoolSeen: true }, 'Муниципалитет'],
    ['Итого по округу', { ...fresh, positional: false }, 'Муниципалитет'],
    ['Всего по региону', { ...fresh, positional: false }, 'Регион'],
    ['Итого по области', { ...fresh, positional: false }, 'Регион'],
    ['Итого по району', { ...fresh, positional: false }, 'Муниципалитет'],
    ['Краснодарский край', fresh, 'Регион'],
    ['Энская', fresh, 'Регион'],
    ['Озёрский', { ...fresh, regionSeen: true }, 'Муниципалитет'],
  ])('%s is an aggregate: %s', (name, state, level) => {
    expect(rowLevel(name, false, state)).toEqual({ kind: 'aggregate', level });
  });
  it.each([
    ['МБОУ "СОШ № 2"', false, fresh],
    ['Туратская школа', false, fresh],
    ['МАОУ гимназия № 3 г. Яя', false, fresh],
    ['Какое-то название', true, fresh],
    ['Какое-то название', false, { ...fresh, positional: false }],
  ])('%s is a school', (name, hasLogin, state) => {
    expect(rowLevel(name, hasLogin, state)).toEqual({ kind: 'school' });
  });
});

describe('readWrittenShare and recoverCount', () => {
  it.each([
    [11.68, undefined, 1168, 100],
    ['1,75', undefined, 175, 100],
    ['1,75 %', undefined, 175, 100],
    [0.1168, '0.00%', 1168, 100],
    [12, '0.0', 120, 10],
    [12, 'General', 12, 1],
  ])('%s (%s) is %i/%i percent points', (value, format, numerator, denominator) => {
    expect(readWrittenShare(value, format)).toMatchObject({ points: { numerator, denominator } });
  });

  it.each([['н/д'], [-1], [101], [true]])('%s is not a share', (value) => {
    expect(readWrittenShare(value)).toBe('bad');
  });

  it('reads the decimals of a number format', () => {
    expect([
      formatDecimals('0.00'),
      formatDecimals('#,##0.0%'),
      formatDecimals('General'),
      formatDecimals('0'),
    ]).toEqual([2, 1, 0, 0]);
  });

  it.each([
    [{ numerator: 3429, denominator: 100 }, 35, { kind: 'exact', count: 12 }],
    [{ numerator: 89, denominator: 100 }, 112, { kind: 'exact', count: 1 }],
    [{ numerator: 0, denominator: 1 }, 20, { kind: 'exact', count: 0 }],
    [{ numerator: 100, denominator: 1 }, 20, { kind: 'exact', count: 20 }],
    [{ numerator: 1750, denominator: 100 }, 33, { kind: 'none' }],
    [{ numerator: 30, denominator: 1 }, 250, { kind: 'several', from: 74, to: 76 }],
    [{ numerator: 1168, denominator: 100 }, 1332542, { kind: 'several', from: 155575, to: 155707 }],
  ])('%j of %i participants', (share, participants, expected) => {
    expect(recoverCount(share, participants)).toEqual(expected);
  });
});

describe('mergeComparison', () => {
  const row = (name: string, share: number) => ({
    level: 'Муниципалитет' as const,
    name,
    year: 2024,
    procedure: 'ВПР математика 5 класс',
    participants: 300,
    shares: [share, null, null, null] as const,
  });
  it('replaces rows with the same level, name, year and procedure and keeps the others in place', () => {
    const existing = [
      comparisonCells(row('Яйский МО', 10)),
      comparisonCells(row('Озёрский МО', 11)),
      ['', '', '', '', '', '', '', '', ''],
    ];
    expect(mergeComparison(existing, [row('озёрский  мо', 12), row('Новый МО', 9)])).toEqual([
      comparisonCells(row('Яйский МО', 10)),
      comparisonCells(row('озёрский  мо', 12)),
      comparisonCells(row('Новый МО', 9)),
    ]);
  });
});
