import { describe, expect, it } from 'vitest';
import { isTemplateWorkbook, matchSourceSheets } from '../../../src/core/summary/schoolWorkbook';

describe('recognising a ШНОР-монитор workbook', () => {
  it.each([
    [['Настройки', 'Результаты ОП', 'Дорожная карта', 'Журнал проверки'], true],
    [['Настройки', 'дорожная  карта'], true],
    [['Целевые показатели ', 'Рисковый профиль'], true],
    [['Настройки'], false],
    [['Лист1', 'Бюджет'], false],
    [[], false],
  ])('%j → %s', (titles, expected) => {
    expect(isTemplateWorkbook(matchSourceSheets(titles))).toBe(expected);
  });

  it('keeps the school’s own spelling of a sheet title for reading it', () => {
    expect(matchSourceSheets(['ДОРОЖНАЯ КАРТА', 'Лист1']).get('Дорожная карта')).toBe('ДОРОЖНАЯ КАРТА');
  });
});
