import { describe, expect, it } from 'vitest';
import { locateTable } from '../../../src/core/table/locateTable';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { writeOutputColumns } from '../../../src/server/io/tables';
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
