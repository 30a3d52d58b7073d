import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/core/dates/calendarDate';
import { Journal } from '../../../src/core/journal/journal';
import { DEFAULT_SETTINGS, parseSettings, SETTING_SPECS } from '../../../src/core/settings/settings';

const rows = (pairs: [string, unknown][]) =>
  pairs.map(([parameter, value], i) => ({ rowNumber: i + 2, parameter, value }) as never);

describe('parseSettings', () => {
  it('gives the documented defaults for a blank «Настройки»', () => {
    const journal = new Journal();
    const settings = parseSettings(rows(SETTING_SPECS.map((s) => [s.label, ''])), 'Europe/Moscow', journal);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.lowResultThreshold).toBe(0.3);
    expect(settings.daysBeforeDeadline).toBe(14);
    expect(settings.schoolYearEnd).toEqual({ day: 31, month: 5 });
    expect(journal.size).toBe(0);
  });

  it('reads the values people type, with tolerant parameter names', () => {
    const settings = parseSettings(
      rows([
        ['образовательная  организация', 'МБОУ СОШ № 2'],
        ['Год анализа', '2024'],
        ['Порог низкого результата', '25 %'],
        ['Критерий 2: одна и та же процедура', 'да'],
        ['Минимум участников', 5],
        ['Дата отчета', '20.11.2024'],
        ['Окончание программы', new Date('2024-12-30T21:00:00Z')],
        ['Окончание учебного года', '30.06'],
        ['Дней до срока', '7'],
      ]),
      'Europe/Moscow',
      new Journal(),
    );
    expect(settings).toMatchObject({
      schoolName: 'МБОУ СОШ № 2',
      analysisYear: 2024,
      lowResultThreshold: 0.25,
      criterion2SameProcedure: true,
      minParticipants: 5,
      reportDate: calendarDate(2024, 11, 20),
      programEnd: calendarDate(2024, 12, 31),
      schoolYearEnd: { day: 30, month: 6 },
      daysBeforeDeadline: 7,
    });
  });

  it('keeps the default and names the row and the fix when a value cannot be read', () => {
    const journal = new Journal();
    const settings = parseSettings(
      rows([
        ['Год анализа', 'прошлый'],
        ['Дата отчёта', '31.02.2024'],
        ['Критерий 2: одна и та же процедура', 'может быть'],
      ]),
      'Europe/Moscow',
      journal,
    );
    expect(settings.analysisYear).toBeNull();
    expect(settings.reportDate).toBeNull();
    expect(settings.criterion2SameProcedure).toBe(false);
    expect(journal.entries.map((e) => [e.sheet, e.row, e.column, e.value])).toEqual([
      ['Настройки', 2, 'Значение', 'прошлый'],
      ['Настройки', 3, 'Значение', '31.02.2024'],
      ['Настройки', 4, 'Значение', 'может быть'],
    ]);
    expect(journal.entries[1]?.fix).toContain('ДД.ММ.ГГГГ');
  });
});
