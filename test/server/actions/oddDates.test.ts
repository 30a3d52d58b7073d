// A date cell Sheets can hold and JavaScript cannot (getValues gives an invalid Date), or a Date so
// far away that a zone offset overflows it: a journal line naming the cell, and the action goes on
// (before: «RangeError: Invalid time value» stopped «Обновить статусы» and the dashboard).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { failureMessages } from '../../../src/core/messages/failures';
import { deadlineReasons } from '../../../src/core/messages/roadmap';
import { summarizeSchool } from '../../../src/core/summary/schoolSummary';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { identifyLowResultSchools } from '../../../src/server/actions/identifyLowResultSchools';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { ROADMAP_DUE, ROADMAP_STATUS } from '../../../src/server/functions/roadmap';
import { readDashboard } from '../../../src/server/rpc/dashboard';
import { schoolWorkbook } from '../rpc/schoolWorkbook';

const ODD_DATES: readonly (readonly [string, Date])[] = [
  ['an invalid Date', new Date(Number.NaN)],
  ['the last instant JavaScript has', new Date(8.64e15)],
  ['the first instant JavaScript has', new Date(-8.64e15)],
  ['the year 99999', new Date(Date.UTC(99999, 11, 31))],
  ['a year before Christ', new Date(Date.UTC(-5, 0, 1))],
];

const column = (key: string): number => ROADMAP_SHEET.columns.findIndex((c) => c.key === key);

/** The sample school with the odd date as a new measure's Срок and Дата выполнения. */
function withOddMeasure(date: Date) {
  const setup = schoolWorkbook();
  const roadmap = setup.workbook.sheet('Дорожная карта');
  const row: CellValue[] = ROADMAP_SHEET.columns.map(() => '');
  row[column('measure')] = 'Мероприятие с необычной датой';
  row[column('deadline')] = date;
  row[column('done')] = true;
  row[column('doneDate')] = date;
  row[column('documentLink')] = 'https://docs.google.com/document/d/abc/edit';
  roadmap.load([...roadmap.values(), row]);
  return { ...setup, rowNumber: roadmap.values().length };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(ODD_DATES)('%s in a date cell', (_name, date) => {
  it('«Обновить статусы» journals the cell and still gives every other measure its status', () => {
    const { workbook, context, rowNumber } = withOddMeasure(date);
    const errors = vi.spyOn(console, 'error');
    const result = refreshStatuses(context);

    expect(result.ok).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    const journal = workbook.sheet('Журнал проверки').values();
    const lines = journal.filter((line) => line[1] === 'Дорожная карта' && line[2] === rowNumber);
    expect(lines.map((line) => line[3]).sort()).toEqual(['Дата выполнения', 'Срок'].sort());
    for (const line of lines) {
      expect(line[4]).toBe(failureMessages.oddDateValue);
      expect(String(line[6])).not.toBe('');
    }
    expect(lines.some((line) => String(line[5]).includes(deadlineReasons.oddDate))).toBe(true);
    const statuses = workbook
      .sheet('Дорожная карта')
      .values()
      .map((r) => r[column('status')]);
    expect(statuses).toContain('Просрочено');
  });

  it('the dashboard, «Выявить ШНОР» and the curator’s reading go on', () => {
    const { workbook, context } = withOddMeasure(date);
    const results = workbook.sheet('Результаты ОП');
    results.load([...results.values(), ['МБОУ СОШ № 9', date, date, date, date, date, '']]);
    expect(() => readDashboard(context)).not.toThrow();
    expect(identifyLowResultSchools(context).ok).toBe(true);
    const grids = new Map(workbook.sheetNames().map((name) => [name, workbook.sheet(name).values()]));
    const summary = summarizeSchool(
      { fileName: 'СОШ 2', grids },
      { reportDate: { year: 2024, month: 11, day: 20 }, timeZone: 'Europe/Moscow' },
    );
    expect(summary.metrics.measures).toBeGreaterThan(0);
  });

  it('ROADMAP_DUE and ROADMAP_STATUS answer instead of a RangeError', () => {
    expect(ROADMAP_DUE(date)).toBe('');
    expect(() => ROADMAP_STATUS(date, false)).not.toThrow(RangeError);
  });
});
