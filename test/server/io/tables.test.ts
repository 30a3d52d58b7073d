import { describe, expect, it } from 'vitest';
import { locateTable } from '../../../src/core/table/locateTable';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { readSheetValues, writeOutputColumns } from '../../../src/server/io/tables';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

function roadmapWorkbook(headers: string[], rows: unknown[][]) {
  const workbook = new FakeSpreadsheet();
  const sheet = workbook.addSheet('Дорожная карта', [headers, ...(rows as never[][])]);
  const located = locateTable(sheet.values(), ROADMAP_SHEET);
  if (!located.found) throw new Error('roadmap not found');
  workbook.calls.reset();
  return { workbook, sheet, table: located.table };
}

describe('writeOutputColumns', () => {
  it('writes each run of adjacent output columns in one call and never an input column', () => {
    const headers = ['Мероприятие', 'Срок', 'Срок (дата)', 'Статус', 'Комментарий куратора', 'Замечания'];
    const { workbook, sheet, table } = roadmapWorkbook(headers, [
      ['Встреча', 'До 13.03.2024', '', '', 'хорошо', ''],
      ['Семинар', 'Март 2024', '', '', '', ''],
    ]);
    writeOutputColumns(sheet, table, {
      dueDate: ['13.03.2024', '31.03.2024'],
      status: ['Просрочено', 'В работе'],
      remarks: ['=HYPERLINK("x")', ''],
    });
    expect(workbook.calls.count('Range.setValues')).toBe(2);
    expect(workbook.calls.count('Range.setValue')).toBe(0);
    expect(sheet.values()).toEqual([
      headers,
      ['Встреча', 'До 13.03.2024', '13.03.2024', 'Просрочено', 'хорошо', '=HYPERLINK("x")'],
      ['Семинар', 'Март 2024', '31.03.2024', 'В работе', '', ''],
    ]);
    expect(sheet.formulas()).toEqual({});
  });

  it('adds back an output column the user deleted, after the last header', () => {
    const { sheet, table } = roadmapWorkbook(['Мероприятие', 'Срок'], [['Встреча', 'Март 2024']]);
    writeOutputColumns(sheet, table, { status: ['В работе'] });
    expect(sheet.values()).toEqual([
      ['Мероприятие', 'Срок', 'Статус'],
      ['Встреча', 'Март 2024', 'В работе'],
    ]);
  });
});

describe('readSheetValues', () => {
  it('gives the data range’s values in one call', () => {
    const workbook = new FakeSpreadsheet();
    const sheet = workbook.addSheet('Результаты ОП', [
      ['Школа', 'Год'],
      ['СОШ № 2', 2024, ''],
      ['', '', 'заметка'],
    ]);
    workbook.calls.reset();
    expect(readSheetValues(sheet)).toEqual(sheet.getDataRange().getValues());
    expect(workbook.calls.count('Sheet.getSheetValues')).toBe(1);
    expect(workbook.calls.total).toBe(3);
  });

  it('reads an empty sheet, which Sheets refuses to reach the last row of, by its data range', () => {
    const workbook = new FakeSpreadsheet();
    const sheet = workbook.addSheet('Результаты ОП', []);
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow(/at least 1/);
    workbook.calls.reset();
    expect(readSheetValues(sheet)).toEqual([['']]);
    expect(workbook.calls.count('Range.getValues')).toBe(1);
  });

  it('reads again after a failing call, and lets a failure of that read through', () => {
    const workbook = new FakeSpreadsheet();
    const sheet = workbook.addSheet('Результаты ОП', [['Школа'], ['СОШ № 2']]);
    workbook.calls.failOn(1);
    expect(readSheetValues(sheet)).toEqual([['Школа'], ['СОШ № 2']]);
    // An empty sheet refused, then its data range failing: the caller hears of it.
    const empty = workbook.addSheet('Пусто', []);
    workbook.calls.failOn(2);
    expect(() => readSheetValues(empty)).toThrow();
  });
});
