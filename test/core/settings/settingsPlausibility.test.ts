// A setting given twice, or a value no school could mean, is journaled and its default used
// (PRODUCT.md §2, issue 11): never silently taken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/core/dates/calendarDate';
import { Journal } from '../../../src/core/journal/journal';
import {
  DEFAULT_SETTINGS,
  parseDayMonth,
  parseSettings,
  SETTING_SPECS,
  type Settings,
} from '../../../src/core/settings/settings';

const ZONE = 'Europe/Moscow';
const rows = (pairs: [string, unknown][]) =>
  pairs.map(([parameter, value], i) => ({ rowNumber: i + 2, parameter, value }) as never);

describe('settings no school could mean take their default, with a journal line', () => {
  it.each<{ name: string; pairs: [string, unknown][]; key: keyof Settings; problem: string }>([
    {
      name: 'Минимум участников 10⁹',
      pairs: [['Минимум участников', 1e9]],
      key: 'minParticipants',
      problem: 'больше 1000',
    },
    {
      name: 'Минимум участников 1001',
      pairs: [['Минимум участников', '1001']],
      key: 'minParticipants',
      problem: 'больше 1000',
    },
    {
      name: 'Дней до срока 10 000',
      pairs: [['Дней до срока', 10_000]],
      key: 'daysBeforeDeadline',
      problem: 'больше 366',
    },
    {
      name: 'a report date in 1900',
      pairs: [['Дата отчёта', '01.09.1900']],
      key: 'reportDate',
      problem: '1900 год — не между 2000 и 2100',
    },
    {
      name: 'a programme start in 1999',
      pairs: [['Начало программы', '31.12.1999']],
      key: 'programStart',
      problem: '1999 год',
    },
    {
      name: '«31.02» as the end of the school year',
      pairs: [['Окончание учебного года', '31.02']],
      key: 'schoolYearEnd',
      problem: 'Не удалось прочитать',
    },
    {
      name: '«31.04» as the end of the school year',
      pairs: [['Окончание учебного года', '31.04']],
      key: 'schoolYearEnd',
      problem: 'Не удалось прочитать',
    },
    {
      name: 'a report date given twice',
      pairs: [
        ['Дата отчёта', '20.11.2024'],
        ['Дней до срока', 7],
        ['Дата отчета', '01.12.2024'],
      ],
      key: 'reportDate',
      problem: 'указан 2 раза (строки 2, 4)',
    },
    {
      name: 'a threshold given three times, even with one value',
      pairs: [
        ['Порог низкого результата, %', 25],
        ['порог низкого результата', 25],
        ['Порог низкого результата %', 25],
      ],
      key: 'lowResultThreshold',
      problem: 'указан 3 раза (строки 2, 3, 4)',
    },
  ])('$name', ({ pairs, key, problem }) => {
    const journal = new Journal();
    const settings = parseSettings(rows(pairs), ZONE, journal);
    expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
    expect(journal.entries).toHaveLength(1);
    const [entry] = journal.entries;
    expect(entry).toMatchObject({ sheet: 'Настройки', column: 'Значение' });
    expect(entry!.problem).toContain(problem);
    expect(entry!.problem).toContain('взято значение по умолчанию');
    expect(entry!.fix).not.toBe('');
  });

  it('a programme that ends before it starts: neither date is taken, both rows named', () => {
    const journal = new Journal();
    const settings = parseSettings(
      rows([
        ['Начало программы', '01.09.2024'],
        ['Окончание программы', '31.05.2024'],
      ]),
      ZONE,
      journal,
    );
    expect(settings.programStart).toBeNull();
    expect(settings.programEnd).toBeNull();
    expect(journal.entries).toHaveLength(1);
    expect(journal.entries[0]).toMatchObject({ row: 3, value: '31.05.2024' });
    expect(journal.entries[0]!.problem).toContain('«Начало программы» — 01.09.2024, строка 2');
  });

  it.each<[string, unknown][][]>([
    [[['Минимум участников', 1000]]],
    [[['Дней до срока', 0]]],
    [[['Дата отчёта', '01.01.2000']]],
    [
      [
        ['Начало программы', '01.09.2024'],
        ['Окончание программы', '01.09.2024'],
      ],
    ],
    [[['Окончание учебного года', '29.02']]],
    // A blank duplicate is no second value.
    [
      [
        ['Дата отчёта', ''],
        ['Дата отчёта', '20.11.2024'],
      ],
    ],
  ])('a value at the edge of what a school could mean is taken: %j', (pairs) => {
    const journal = new Journal();
    parseSettings(rows(pairs), ZONE, journal);
    expect(journal.entries).toEqual([]);
  });

  it('reads the approval stamp of the справка, blank by default and in the template', () => {
    const settings = parseSettings(
      rows([
        ['Утверждает: должность', ' Директор МБОУ СОШ № 7 '],
        ['утверждает:  ФИО', 'И. И. Иванова'],
      ]),
      ZONE,
      new Journal(),
    );
    expect(settings).toMatchObject({
      approverPosition: 'Директор МБОУ СОШ № 7',
      approverName: 'И. И. Иванова',
    });
    expect(DEFAULT_SETTINGS).toMatchObject({ approverPosition: '', approverName: '' });
    const labels = SETTING_SPECS.map((s) => [s.label, s.templateValue]);
    expect(labels.slice(-2)).toEqual([
      ['Утверждает: должность', ''],
      ['Утверждает: ФИО', ''],
    ]);
  });

  it('«ДД.ММ» is a day some year has, whatever the month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 }), (month, day) => {
        const text = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
        const exists = day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
        expect(parseDayMonth(text, ZONE) !== null).toBe(exists);
      }),
    );
  });

  it('a report date is read whatever the year it names, only years 2000–2100 are taken (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2300 }), (year) => {
        const journal = new Journal();
        const settings = parseSettings(rows([['Дата отчёта', `15.06.${year}`]]), ZONE, journal);
        const plausible = year >= 2000 && year <= 2100;
        expect(settings.reportDate).toEqual(plausible ? calendarDate(year, 6, 15) : null);
        expect(journal.size).toBe(plausible ? 0 : 1);
      }),
    );
  });
});
