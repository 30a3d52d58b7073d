import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSourceSheets } from '../../../src/core/summary/schoolWorkbook';
import { findSheetTitle, sheetNameKey } from '../../../src/core/text/sheetName';

describe('sheets are found by name with the tolerance of headers', () => {
  it.each<[readonly string[], string, string | null]>([
    [['Дорожная  карта'], 'Дорожная карта', 'Дорожная  карта'],
    [['ДОРОЖНАЯ КАРТА'], 'Дорожная карта', 'ДОРОЖНАЯ КАРТА'],
    [[' Целевые показатели '], 'Целевые показатели', ' Целевые показатели '],
    [['Настройки\u00a0'], 'Настройки', 'Настройки\u00a0'],
    [['Журнал проверкИ'], 'Журнал проверки', 'Журнал проверкИ'],
    [['Рисковый профиль — итог'], 'Рисковый профиль', null],
    [['Отчёт'], 'Отчет', 'Отчёт'],
    // The exact title wins over a looser one, wherever it stands.
    [['дорожная карта', 'Дорожная карта'], 'Дорожная карта', 'Дорожная карта'],
    // Of two loose spellings, the leftmost, as getSheetByName takes the leftmost of equal names.
    [['дорожная  карта', 'ДОРОЖНАЯ КАРТА'], 'Дорожная карта', 'дорожная  карта'],
    [['Дорожная карта 2023'], 'Дорожная карта', null],
    [[], 'Настройки', null],
  ])('%j, %s → %s', (titles, name, expected) => {
    expect(findSheetTitle(titles, name)).toBe(expected);
  });

  it('the school side and the curator side take the same title', () => {
    const titles = ['Лист1', 'дорожная  карта', 'ДОРОЖНАЯ КАРТА', 'настройки', 'Результаты  ОП'];
    const curator = matchSourceSheets(titles);
    for (const name of ['Дорожная карта', 'Настройки', 'Результаты ОП', 'Целевые показатели']) {
      expect(curator.get(name) ?? null).toBe(findSheetTitle(titles, name));
    }
  });

  it('case, «ё» and runs of spaces never change the key (property)', () => {
    const name = fc.constantFrom('Дорожная карта', 'Целевые показатели', 'Результаты ОП', 'Ещё лист');
    fc.assert(
      fc.property(
        name,
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        fc.nat(3),
        (n, flips, extra) => {
          const varied = [...n]
            .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
            .join('')
            .replace(/ё/gi, 'е')
            .replace(/ /g, ' '.repeat(extra + 1));
          expect(sheetNameKey(varied)).toBe(sheetNameKey(n));
          expect(findSheetTitle(['Другой', varied], n)).toBe(varied);
        },
      ),
    );
  });
});
