import { describe, expect, it } from 'vitest';
import { asSafeCell, asSheetText } from '../../../src/core/cells/cellValue';

describe('asSheetText: text written to a sheet stays the text it was', () => {
  it.each([
    ['=IMPORTXML("http://x";"//a")'],
    ['+7 999 123-45-67'],
    ['-5'],
    ['@home'],
    ['001'],
    ['1/2'],
    ['13.03.2024'],
    ['34 %'],
    ['34,5'],
    ['1 234'],
    ['12:30'],
    ['TRUE'],
    ['ложь'],
  ])('%j gets the apostrophe that keeps it text', (text) => {
    expect(asSheetText(text)).toBe(`'${text}`);
  });

  it.each([['МБОУ СОШ № 2'], ['н/д'], ['До 13.03.2024'], ['2023 год'], ['Просрочено'], ['']])(
    '%j is written as it is',
    (text) => {
      expect(asSheetText(text)).toBe(text);
    },
  );

  it('leaves numbers, booleans and dates typed', () => {
    const date = new Date('2024-03-12T21:00:00Z');
    expect([asSafeCell(34), asSafeCell(true), asSafeCell(date)]).toEqual([34, true, date]);
  });
});
