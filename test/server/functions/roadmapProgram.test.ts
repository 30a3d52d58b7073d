import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/dates/calendarDate';
import { toInstant } from '../../../src/core/dates/calendarDate';
import { Journal } from '../../../src/core/journal/journal';
import { roadmapFunctionMessages as m } from '../../../src/core/messages/roadmap';
import { evaluateRoadmap } from '../../../src/core/roadmap/evaluateRoadmap';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { locateTable } from '../../../src/core/table/locateTable';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { ROADMAP_DUE, ROADMAP_STATUS } from '../../../src/server/functions/roadmap';
import { roadmapGrid } from '../../core/roadmap/roadmapTable';

// PRODUCT.md §9: with the programme start and end passed as trailing arguments, ROADMAP_DUE and
// ROADMAP_STATUS agree with «Обновить статусы» under the same «Настройки».
const ZONE = 'Europe/Moscow';
const at = (date: CalendarDate): Date => toInstant(date, ZONE);
const day = (d: number, mo: number, y: number): Date => at({ year: y, month: mo, day: d });

// Seed 001_…: «Сроки и этапы реализации проекта: Январь 2024 года – Январь 2025 гг.»
const START = { year: 2024, month: 1, day: 1 };
const END = { year: 2025, month: 1, day: 31 };
const REPORT_DATE = { year: 2024, month: 11, day: 20 };

// Deadlines as seeds 001_… and 002_… write them.
const DEADLINES = [
  'Весь период',
  'по плану весь период',
  'В течение года',
  'в течение учебного года',
  'Март',
  'Ноябрь,2024',
  'Декабрь, 2023\n\n2024-2025 учебный год',
  'январь/февраль 2024 год',
  'I квартал 2024',
  'По итогам ГИА',
  'Декабрь 2023г. Ноябрь 2024г.',
];

function sheetRows(settings: Settings, today: CalendarDate) {
  const located = locateTable(
    roadmapGrid(DEADLINES.map((deadline) => ({ measure: 'М', deadline }))),
    ROADMAP_SHEET,
  );
  if (!located.found) throw new Error('not found');
  return evaluateRoadmap(located.table, settings, today, new Journal(), ZONE).rows;
}

describe('ROADMAP_DUE and ROADMAP_STATUS with the programme start and end', () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    programStart: START,
    programEnd: END,
    reportDate: REPORT_DATE,
  };

  it('ROADMAP_DUE("Весь период"; 2024) is 31.12.2024, and 31.01.2025 with the programme’s end, as the sheet', () => {
    expect(ROADMAP_DUE('Весь период', 2024)).toEqual(day(31, 12, 2024));
    expect(ROADMAP_DUE('Весь период', 2024, '', day(31, 1, 2025))).toEqual(day(31, 1, 2025));
    expect(ROADMAP_DUE('Весь период', '', day(1, 1, 2024), '31.01.2025')).toEqual(day(31, 1, 2025));
  });

  it.each(DEADLINES.map((d, i) => [d, i] as const))(
    '%j: the formula gives the sheet’s date and status',
    (text, i) => {
      const row = sheetRows(settings, REPORT_DATE)[i]!;
      const due = ROADMAP_DUE(text, 2024, at(START), at(END));
      expect(due).toEqual(row.due ? at(row.due) : '');
      expect(ROADMAP_STATUS(text, false, '', at(REPORT_DATE), at(START), at(END))).toBe(row.status);
    },
  );

  it('agrees on «В течение года» in every year of seed 002_…’s 2021–2024 programme', () => {
    const start = { year: 2021, month: 1, day: 1 };
    const end = { year: 2024, month: 12, day: 31 };
    for (const asOf of [
      { year: 2021, month: 6, day: 1 },
      { year: 2023, month: 2, day: 10 },
      { year: 2024, month: 12, day: 20 },
    ]) {
      const programme: Settings = {
        ...DEFAULT_SETTINGS,
        programStart: start,
        programEnd: end,
        reportDate: asOf,
      };
      const row = sheetRows(programme, asOf)[DEADLINES.indexOf('В течение года')]!;
      expect(row.due).toEqual({ year: asOf.year, month: 12, day: 31 });
      expect(ROADMAP_STATUS('В течение года', false, '', at(asOf), at(start), at(end))).toBe(row.status);
      expect(ROADMAP_DUE('В течение года', asOf.year, at(start), at(end))).toEqual(at(row.due!));
    }
    // Without the programme, December 2024 reads «В течение года» as 31.12.2024 too, never 31.12.2021.
    expect(ROADMAP_STATUS('В течение года', false, '', day(20, 12, 2024))).toBe('Срок истекает');
  });

  it('explains a programme that ends before it starts', () => {
    expect(() => ROADMAP_DUE('Весь период', '', day(1, 1, 2025), day(31, 12, 2024))).toThrow(
      m.programEndBeforeStart('01.01.2025', '31.12.2024'),
    );
    expect(() => ROADMAP_STATUS('Март', false, '', '', 'не дата', '')).toThrow(
      m.date('program_start', 'не дата'),
    );
  });

  it('takes ranges of programme dates of the same shape', () => {
    expect(
      ROADMAP_DUE([['Весь период'], ['Весь период']], '', '', [[day(31, 12, 2024)], [day(31, 1, 2025)]]),
    ).toEqual([[day(31, 12, 2024)], [day(31, 1, 2025)]]);
  });
});
