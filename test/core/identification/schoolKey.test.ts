import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readSchoolCode,
  schoolKey,
  schoolNameKey,
  splitSchoolLogin,
} from '../../../src/core/identification/schoolKey';

describe('schoolKey: one school however its name is typed', () => {
  it.each([
    ['МБОУ СОШ № 2', 'МБОУ СОШ №2'],
    ['МБОУ СОШ № 2', 'МБОУ "СОШ №2"'],
    ['МБОУ СОШ № 2', 'мбоу  сош  № 2'],
    ['МБОУ СОШ № 2', 'МБОУ СОШ N 2'],
    ['МБОУ СОШ № 2', 'МБОУ «СОШ № 2»'],
    ['МАОУ лицей пгт Афипского', 'МАОУ Лицей пгт. Афипского'],
    ['МБОУ «Туратская ООШ»', 'МБОУ Туратская ООШ'],
    ['МКОУ СОШ №1 с.п. Кахун', 'МКОУ СОШ № 1 с. п. Кахун'],
  ])('%j = %j', (a, b) => {
    expect(schoolKey(a)).toBe(schoolKey(b));
  });

  it.each([
    ['МБОУ СОШ № 2', 'МБОУ СОШ № 12'],
    ['МБОУ СОШ № 2', 'МБОУ ООШ № 2'],
    ['МБОУ СОШ № 7', 'МБОУ СОШ № 71'],
    // What separates numbers or words is never dropped (PRODUCT.md §4)
    ['Школа 1-2', 'Школа 12'],
    ['МБОУ СОШ № 1/2', 'МБОУ СОШ № 12'],
    ['МБОУ СОШ № 1.2', 'МБОУ СОШ № 12'],
    ['МБОУ СОШ № 1, 2', 'МБОУ СОШ № 12'],
    ['Школа-интернат № 3', 'Школа интернат № 3'],
    ['МБОУ СОШ № 2 (филиал)', 'МБОУ СОШ № 2 филиал'],
  ])('%j ≠ %j', (a, b) => {
    expect(schoolKey(a)).not.toBe(schoolKey(b));
  });

  it.each([
    ['(sch223197) МБОУ "СОШ №2"', 'sch223197', 'МБОУ "СОШ №2"'],
    ['sch223197 МБОУ СОШ №2', 'sch223197', 'МБОУ СОШ №2'],
    ['(SCH223197)  МБОУ СОШ №2', 'sch223197', 'МБОУ СОШ №2'],
    ['sch223197, МБОУ СОШ №2', 'sch223197', 'МБОУ СОШ №2'],
    ['МБОУ СОШ №2', null, 'МБОУ СОШ №2'],
    ['(sch223197)', null, '(sch223197)'],
    ['Школа sch223197', null, 'Школа sch223197'],
  ])('splits the ФИС ОКО login off %j', (text, login, name) => {
    expect(splitSchoolLogin(text)).toEqual({ login, name });
  });

  it('keys a name with a login by the login, whatever the name', () => {
    expect(schoolKey('(sch223197) МБОУ "СОШ №2"')).toBe('sch223197');
    expect(schoolKey('(sch223197) МБОУ СОШ № 2 им. Героя')).toBe('sch223197');
    expect(schoolKey('МБОУ СОШ №2')).toBe(schoolNameKey('МБОУ "СОШ №2"'));
  });

  it.each([
    ['sch223197', 'sch223197'],
    [' (SCH223197) ', 'sch223197'],
    ['', null],
    [223197, '223197'],
  ])('reads `Код ОО` %j', (code, login) => {
    expect(readSchoolCode(code)).toBe(login);
  });

  it('does not depend on spaces, quotes or case around the number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('№', '№ ', ' № ', 'N', 'N '),
        fc.constantFrom('', '"', '«'),
        fc.boolean(),
        (n, sign, quote, upper) => {
          const close = quote === '«' ? '»' : quote;
          const name = `МБОУ ${quote}СОШ ${sign}${n}${close}`;
          expect(schoolKey(upper ? name.toUpperCase() : name.toLowerCase())).toBe(
            schoolKey(`МБОУ СОШ № ${n}`),
          );
        },
      ),
    );
  });

  it('never merges two names that differ by a separator between digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('-', '/', '.', ',', '–'),
        (a, b, separator) => {
          expect(schoolKey(`Школа ${a}${separator}${b}`)).not.toBe(schoolKey(`Школа ${a}${b}`));
        },
      ),
    );
  });
});
