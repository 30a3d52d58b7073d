import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  formatRussianDate,
  isValidCalendarDate,
} from '../../../src/core/dates/calendarDate';
import { deadlineReasons } from '../../../src/core/messages/roadmap';
import { type DeadlineContext, deadlineContextForYear } from '../../../src/core/roadmap/deadlineContext';
import { MONTH_NAMES, parseDeadline, parseDeadlineCell } from '../../../src/core/roadmap/parseDeadline';

// Seed 001_…: «Сроки и этапы реализации проекта: Январь 2024 года – Январь 2025 гг.»
const PROGRAM: DeadlineContext = {
  programStart: { year: 2024, month: 1, day: 1 },
  programEnd: { year: 2025, month: 1, day: 31 },
  schoolYearEnd: { day: 31, month: 5 },
};
const NO_PROGRAM: DeadlineContext = {
  programStart: null,
  programEnd: null,
  schoolYearEnd: { day: 31, month: 5 },
};

const NONE = 'не определён';

function read(text: string, context = PROGRAM): string {
  const result = parseDeadline(text, context);
  return result.found ? formatRussianDate(result.date) : NONE;
}

// Every deadline cell of seed 001_… (section III «Сроки», section IV «Сроки реализации») and of
// seed 002_… (table 1, «Дата проведения»), as the documents write them, line breaks included.
const SEED_001_SECTION_III: readonly [string, string][] = [
  ['\nНоябрь, 2024', '30.11.2024'],
  ['Ноябрь,2024', '30.11.2024'],
  ['По итогам 1,2 учебных четвертей\n\n\n\nПо итогам выполнения ВПР.', NONE],
  ['30.11.2023\n\n\n\n\n\n\nПо итогам ГИА.\n', '30.11.2023'],
  ['Декабрь,2023', '31.12.2023'],
  ['Декабрь, 2023\n\n\n\n\n\n\n\n\n2024-2025 учебный год', '31.05.2025'],
  ['\n   2024 год\n\n\n\n2023-2024 учебный год', '31.12.2024'],
  ['01.12.2023\n\n\n\n\n\n\n\n\nЯнварь-октябрь, 2024\n\n\n\n\nЯнварь, 2024 ', '31.10.2024'],
  ['2024 год\n', '31.12.2024'],
];

const SEED_001_SECTION_IV: readonly [string, string][] = [
  ['январь 2024\n-декабрь 2024\n\n    по плану', '31.12.2024'],
  ['   по плану', NONE],
  ['По отдельному плану', NONE],
  ['В соответствие с графиком мероприятий', NONE],
  ['По отдельному графику.\nОктябрь 2024\n(выступление МБОУ \nСОШ №2)\n', '31.10.2024'],
  ['По плану\nмероприятий\nрегионального проекта', NONE],
  ['По плану', NONE],
  ['июнь, \nноябрь 2024 год', '30.11.2024'],
  ['Январь, ноябрь,\n2024 год', '30.11.2024'],
  ['октябрь 2024', '31.10.2024'],
  ['До 13.03.2024', '13.03.2024'],
  ['Январь, сентябрь, 2024', '30.09.2024'],
  ['Март 2024', '31.03.2024'],
  ['Май-июнь 2024', '30.06.2024'],
  ['Октябрь, 2024', '31.10.2024'],
  ['Октябрь 2024', '31.10.2024'],
  ['Июнь 2023', '30.06.2023'],
  ['Март 2024\nСентябрь 2024', '30.09.2024'],
  ['Октябрь, ноябрь, 2024', '30.11.2024'],
  ['январь, февраль, 2024год', '29.02.2024'],
  ['январь/февраль \n2024 год', '29.02.2024'],
  ['Январь/февраль,\n2024 год', '29.02.2024'],
  ['февраль/март\n 2024 год', '31.03.2024'],
  ['Январь/апрель\n2024 год', '30.04.2024'],
  ['январь/\nсентябрь\n2024 год', '30.09.2024'],
  ['май/август/\nсентябрь\n2024год', '30.09.2024'],
  ['апрель, \n2024 год', '30.04.2024'],
  ['февраль/ноябрь\n2024 год', '30.11.2024'],
  ['по графику.\nвесь период.\n', '31.01.2025'],
  ['по плану\nвесь период.\n', '31.01.2025'],
  ['по плану\nвесь период.\n\nапрель/\nсентябрь 2024 год', '31.01.2025'],
  ['Весь период \n2024 год\n', '31.12.2024'],
  ['по плану.\nвесь период.', '31.01.2025'],
  ['февраль/апрель/ май/ 2024', '31.05.2024'],
  ['май/октябрь 2024', '31.10.2024'],
  ['Весь период', '31.01.2025'],
  // The programme's own stages (section 5 of the passport).
  ['Январь 2024 года – Январь 2025 гг.', '31.01.2025'],
  ['декабрь 2023, январь - март 2024', '31.03.2024'],
  ['апрель 2024 - октябрь 2024 гг.', '31.10.2024'],
  ['октябрь 2024-декабрь 2024 г.', '31.12.2024'],
];

const SEED_002_TABLE_1: readonly [string, string][] = [
  ['Декабрь 2023г. Ноябрь 2024г.', '30.11.2024'],
  ['Март 2024г.', '31.03.2024'],
  ['Февраль 2024 г. Апрель 2024г. Апрель 2023г.', '30.04.2024'],
  ['Март 2024г. Октябрь 2024г.', '31.10.2024'],
  ['Апрель 2024г.', '30.04.2024'],
  ['В течение года', '31.12.2024'],
  ['Сентябрь 2024г.', '30.09.2024'],
];

// PRODUCT.md §6 and the list of forms.
const FORMS: readonly [string, string][] = [
  ['до 13.03.2024', '13.03.2024'],
  ['30.11.2023', '30.11.2023'],
  ['13.03.24', '13.03.2024'],
  ['13 марта 2024', '13.03.2024'],
  ['не позднее 13 марта 2024 г.', '13.03.2024'],
  ['не позднее 01.09.2024', '01.09.2024'],
  ['2024-03-13', '13.03.2024'],
  ['март 2024г.', '31.03.2024'],
  ['Ноябрь,2024', '30.11.2024'],
  ['январь/февраль 2024 год', '29.02.2024'],
  ['январь - октябрь 2024', '31.10.2024'],
  ['I квартал 2024', '31.03.2024'],
  ['II квартал 2024', '30.06.2024'],
  ['III квартал 2024 г.', '30.09.2024'],
  ['IV кв. 2024', '31.12.2024'],
  ['1 квартал 2024', '31.03.2024'],
  ['в 3-м квартале 2024 года', '30.09.2024'],
  ['четвёртый квартал 2024', '31.12.2024'],
  ['1 полугодие 2024', '30.06.2024'],
  ['2 полугодие 2024', '31.12.2024'],
  ['II полугодие 2024', '31.12.2024'],
  ['первое полугодие 2024 года', '30.06.2024'],
  ['2-е полугодие 2024', '31.12.2024'],
  ['в течение 2024 года', '31.12.2024'],
  ['2023-2024 учебный год', '31.05.2024'],
  ['2023/2024 учебного года', '31.05.2024'],
  ['2023/24 уч. год', '31.05.2024'],
  ['2024-2025 гг.', '31.12.2025'],
  ['в течение учебного года', '31.05.2024'],
  ['постоянно', '31.01.2025'],
  // Recurring measures run through the whole programme.
  ['ежегодно', '31.01.2025'],
  ['1 раз в месяц', '31.01.2025'],
  ['2 раза в год', '31.01.2025'],
  ['раз в четверть', '31.01.2025'],
  ['По итогам ГИА', NONE],
  ['по графику', NONE],
  ['', NONE],
  ['31.02.2024', NONE],
  ['как получится', NONE],
  // A year left out comes from the programme period.
  ['Март', '31.03.2024'],
  ['13 марта', '13.03.2024'],
  ['январь/февраль', '29.02.2024'],
  ['Май-июнь', '30.06.2024'],
  ['второе полугодие', '31.12.2024'],
  // A range over the new year: the later month is in the next year.
  ['декабрь 2023 - февраль', '29.02.2024'],
  // Latin look-alike letters typed on the wrong layout.
  ['Cентябрь 2024', '30.09.2024'],
];

describe('parseDeadline: every deadline phrase of the seeds', () => {
  it.each([...SEED_001_SECTION_III, ...SEED_001_SECTION_IV, ...SEED_002_TABLE_1])(
    '%j → %s',
    (text, expected) => {
      expect(read(text)).toBe(expected);
    },
  );
});

describe('parseDeadline: the forms of PRODUCT.md §6', () => {
  it.each(FORMS)('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('parseDeadline: a full stop after a date', () => {
  // Plans end their cells with a full stop («по графику.», «весь период.»), dates included.
  it.each([
    ['До 13.03.2024.', '13.03.2024'],
    ['до 13.03.24.', '13.03.2024'],
    ['13.03.2024-20.03.2024.', '20.03.2024'],
    ['Март 2024, до 15.04.2024.', '15.04.2024'],
  ])('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('parseDeadline: a part of a school year', () => {
  // School plans date by the school year: its first half-year ends with December, its second with
  // the school year (`Окончание учебного года`), and September–December belong to its first year.
  it.each([
    ['II полугодие 2023-2024 учебного года', '31.05.2024'],
    ['2 полугодие 2023/2024 уч. года', '31.05.2024'],
    ['I полугодие 2024-2025 уч. года', '31.12.2024'],
    ['первое полугодие 2024/25 учебного года', '31.12.2024'],
    ['май, 2023-2024 учебный год', '31.05.2024'],
    ['октябрь 2024-2025 учебного года', '31.10.2024'],
    ['май, сентябрь 2024-2025 уч. года', '31.05.2025'],
    ['2024-2025 учебный год, май', '31.05.2025'],
    ['2023-2024 учебный год: 2 полугодие', '31.05.2024'],
  ])('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  // A school plan names its school year by two consecutive years, «учебный год» or not.
  it.each([
    ['2 полугодие 2023-2024', '31.05.2024'],
    ['I полугодие 2024-2025 гг.', '31.12.2024'],
    ['январь 2023-2024', '31.01.2024'],
    ['декабрь 2024-2025 гг.', '31.12.2024'],
    ['2023-2024 гг., декабрь', '31.12.2023'],
    ['декабрь 2024-2026 гг.', '31.12.2026'],
    ['2024-2026 гг., декабрь', '31.12.2026'],
  ])('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('ends the second half-year with `Окончание учебного года`', () => {
    expect(
      read('2 полугодие 2023-2024 учебного года', { ...PROGRAM, schoolYearEnd: { day: 25, month: 6 } }),
    ).toBe('25.06.2024');
  });
});

describe('parseDeadline: the programme period', () => {
  it('places a yearless month at its first occurrence from the programme start', () => {
    const schoolYear: DeadlineContext = {
      programStart: { year: 2023, month: 9, day: 1 },
      programEnd: { year: 2024, month: 5, day: 31 },
      schoolYearEnd: { day: 31, month: 5 },
    };
    expect(read('Октябрь', schoolYear)).toBe('31.10.2023');
    expect(read('Март', schoolYear)).toBe('31.03.2024');
    expect(read('в течение года', schoolYear)).toBe('31.05.2024');
    expect(read('весь период', schoolYear)).toBe('31.05.2024');
    expect(read('в течение учебного года', schoolYear)).toBe('31.05.2024');
  });

  it.each<[string, CalendarDate | null, string]>([
    // Seed 002_…: a 2021–2024 programme, its table 1 «В течение года».
    ['В течение года', { year: 2024, month: 12, day: 15 }, '31.12.2024'],
    ['В течение года', { year: 2022, month: 3, day: 1 }, '31.12.2022'],
    ['В течение года', { year: 2021, month: 1, day: 1 }, '31.12.2021'],
    ['В течение года', { year: 2020, month: 6, day: 1 }, '31.12.2021'], // before the programme
    ['В течение года', { year: 2025, month: 2, day: 1 }, '31.12.2024'], // after it
    ['В течение года', null, '31.12.2021'], // no report date: the first year
  ])('«%s» as of %j in a 2021–2024 programme is %s', (text, asOf, due) => {
    const programme: DeadlineContext = {
      programStart: { year: 2021, month: 1, day: 1 },
      programEnd: { year: 2024, month: 12, day: 31 },
      schoolYearEnd: { day: 31, month: 5 },
      asOf,
    };
    expect(read(text, programme)).toBe(due);
  });

  it('recurs by programme years that start in September, cut at the programme end', () => {
    const programme: DeadlineContext = {
      programStart: { year: 2021, month: 9, day: 1 },
      programEnd: { year: 2025, month: 5, day: 31 },
      schoolYearEnd: { day: 31, month: 5 },
      asOf: { year: 2024, month: 11, day: 20 },
    };
    // 01.09.2024–31.08.2025, cut at the programme's end.
    expect(read('в течение года', programme)).toBe('31.05.2025');
    expect(read('в течение года', { ...programme, asOf: { year: 2023, month: 3, day: 1 } })).toBe(
      '31.08.2023',
    );
    expect(read('в течение учебного года', programme)).toBe('31.05.2025');
    expect(read('в течение учебного года', { ...programme, asOf: { year: 2022, month: 10, day: 1 } })).toBe(
      '31.05.2023',
    );
  });

  it('counts programme years back from `Окончание программы` when the start is not given', () => {
    const endOnly: DeadlineContext = {
      programStart: null,
      programEnd: { year: 2025, month: 1, day: 31 },
      schoolYearEnd: { day: 31, month: 5 },
      asOf: { year: 2024, month: 11, day: 20 },
    };
    expect(read('в течение года', endOnly)).toBe('31.01.2025');
    expect(read('в течение года', { ...endOnly, asOf: { year: 2023, month: 12, day: 1 } })).toBe(
      '31.01.2024',
    );
  });

  it('uses `Окончание учебного года` from the settings', () => {
    expect(read('2023-2024 учебный год', { ...PROGRAM, schoolYearEnd: { day: 30, month: 6 } })).toBe(
      '30.06.2024',
    );
  });

  it('says which setting is missing instead of guessing', () => {
    for (const [text, reason] of [
      ['Март', deadlineReasons.noYear],
      ['Весь период', deadlineReasons.noProgramEnd],
      ['по плану весь период. апрель/сентябрь 2024 год', deadlineReasons.noProgramEnd],
      ['В течение года', deadlineReasons.noProgramStart],
    ] as const) {
      expect(parseDeadline(text, NO_PROGRAM)).toEqual({ found: false, problem: 'needsSettings', reason });
    }
    expect(read('Март 2024', NO_PROGRAM)).toBe('31.03.2024');
  });

  it('a year given to ROADMAP_DUE stands for the programme period', () => {
    expect(read('Весь период', deadlineContextForYear(2024))).toBe('31.12.2024');
    expect(read('Март', deadlineContextForYear(2025))).toBe('31.03.2025');
  });
});

describe('parseDeadline: what it says about its reading', () => {
  it('names the rule it applied', () => {
    const until = parseDeadline('До 13.03.2024', PROGRAM);
    expect(until.found && until.reading).toContain('«до»');
    const several = parseDeadline('Март 2024\nСентябрь 2024', PROGRAM);
    expect(several.found && several.reading).toContain('самый поздний');
    const program = parseDeadline('Март', PROGRAM);
    expect(program.found && program.reading).toContain('год взят из срока программы');
    const school = parseDeadline('2023-2024 учебный год', PROGRAM);
    expect(school.found && school.reading).toContain('Окончание учебного года');
    const whole = parseDeadline('весь период', PROGRAM);
    expect(whole.found && whole.reading).toContain('Окончание программы');
  });

  it('tells an undated plan from an unreadable text', () => {
    expect(parseDeadline('По итогам ГИА', PROGRAM)).toEqual({
      found: false,
      problem: 'undated',
      reason: deadlineReasons.undated('По итогам ГИА'),
    });
    expect(parseDeadline('как получится', PROGRAM)).toMatchObject({ found: false, problem: 'unrecognised' });
    expect(parseDeadline('31.02.2024', PROGRAM)).toMatchObject({ found: false, problem: 'invalidDate' });
    expect(parseDeadline('  ', PROGRAM)).toMatchObject({ found: false, problem: 'blank' });
  });
});

describe('parseDeadlineCell', () => {
  const zone = 'Asia/Yekaterinburg';
  it('reads a date cell in the spreadsheet zone, a serial number, a bare year and text', () => {
    const midnight = new Date('2024-03-13T00:00:00+05:00');
    const date = (value: unknown): string => {
      const result = parseDeadlineCell(value, zone, PROGRAM);
      return result.found ? formatRussianDate(result.date) : NONE;
    };
    expect(date(midnight)).toBe('13.03.2024');
    expect(date(45364)).toBe('13.03.2024');
    expect(date(2024)).toBe('31.12.2024');
    expect(date('Март 2024')).toBe('31.03.2024');
    expect(date(7)).toBe(NONE);
    expect(date(true)).toBe(NONE);
  });
});

describe('parseDeadline properties', () => {
  const words = fc.constantFrom(
    'до',
    'не позднее',
    'март',
    'Ноябрь',
    'января',
    '2024',
    '2024г.',
    'год',
    '2023-2024',
    'учебный',
    'I',
    'IV',
    '2',
    'квартал',
    'полугодие',
    'весь период',
    'в течение года',
    'по плану',
    'По итогам ГИА',
    '13.03.2024',
    '31.02.2024',
    '13',
    '/',
    '-',
    ',',
    '.',
    '\n',
  );
  const contexts = fc.constantFrom(PROGRAM, NO_PROGRAM, deadlineContextForYear(2030));

  const valid = (result: ReturnType<typeof parseDeadline>): boolean =>
    result.found
      ? isValidCalendarDate(result.date.year, result.date.month, result.date.day) && result.reading.length > 0
      : result.reason.length > 0;

  it('never throws and returns a valid date or a reason, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), contexts, (text, context) =>
        valid(parseDeadline(text, context)),
      ),
    );
  });

  it('never throws on texts made of deadline words in any order', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), contexts, (parts, context) =>
        valid(parseDeadline(parts.join(' '), context)),
      ),
    );
  });

  it('reads any valid dd.mm.yyyy as that very day, with or without «до»', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.boolean(),
        (d, until) => {
          const day: CalendarDate = {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
          };
          const result = parseDeadline(`${until ? 'до ' : ''}${formatRussianDate(day)}`, NO_PROGRAM);
          return result.found && formatRussianDate(result.date) === formatRussianDate(day);
        },
      ),
    );
  });

  it('the latest of several deadlines counts, whatever their order', () => {
    const month = fc.integer({ min: 1, max: 12 });
    const year = fc.integer({ min: 2020, max: 2030 });
    fc.assert(
      fc.property(fc.array(fc.tuple(month, year), { minLength: 1, maxLength: 5 }), (items) => {
        const text = items.map(([m, y]) => `${MONTH_NAMES[m - 1]} ${y}г.`).join('\n');
        const latest = items.reduce((a, b) => (b[1] * 12 + b[0] > a[1] * 12 + a[0] ? b : a));
        const result = parseDeadline(text, NO_PROGRAM);
        return result.found && result.date.year === latest[1] && result.date.month === latest[0];
      }),
    );
  });
});
