// The fix of a journal row for a share no count reproduces names the mark it is about: only «2» is
// worth a row typed by hand (identification uses it); «3»…«5» only fill the справка's counts.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/core/import/parseImport';

describe('parseImport: the fix for a share no count reproduces', () => {
  const reading = parseImport([
    ['ВПР 2024'],
    ['5 класс'],
    ['Предмет: Математика'],
    ['Группы участников', 'Кол-во участников', '2', '3', '4', '5'],
    // 33,3 % and 6,7 % of 40: no whole count gives either at one decimal.
    ['(sch223199) МБОУ СОШ № 7', 40, '33,3', '40', '20', '6,7'],
  ]);

  it.each([
    ['2', true],
    ['5', false],
  ])('for «%s» it advises a row typed by hand: %s', (column, handRow) => {
    const entry = reading.entries.find((e) => e.column === column);
    expect(entry?.problem).toContain(`Ни одно целое число «${column}» из 40 участников`);
    expect(entry?.fix.includes('отдельной строкой')).toBe(handRow);
    expect(entry?.fix).toContain('Проверьте долю и число участников в выгрузке');
  });
});
