// A sample workbook as a school or an analyst has it after «Создать листы шаблона» and typing:
// the given input sheets, laid out as the template made them. Both samples are built by it.
import type { CellValue } from '../../src/core/cells/cellValue';
import { SETTINGS_SHEET } from '../../src/core/template/sheets';
import { TEMPLATE_SHEETS } from '../../src/core/template/templateSheets';
import { FakeSpreadsheet } from '../../test/fakes/fakeSpreadsheet';
import { SAMPLE_TIME_ZONE } from './settings';

export type SampleSheets = readonly (readonly [name: string, rows: CellValue[][]])[];

export function buildTemplateWorkbook(title: string, id: string, sheets: SampleSheets): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet(title, id, SAMPLE_TIME_ZONE);
  for (const [name, rows] of sheets) {
    // Copies, so that a run never changes the module's arrays and «Начать заново» starts clean.
    const sheet = spreadsheet.addSheet(
      name,
      rows.map((row) => row.map((cell) => (cell instanceof Date ? new Date(cell) : cell))),
    );
    const template = TEMPLATE_SHEETS.find((t) => t.name === name);
    template?.columns.forEach((column, i) => {
      if (column.width) sheet.columnWidths.set(i + 1, column.width);
    });
    sheet.frozenRows = 1;
    sheet.tabColor = template?.tabColor ?? null;
  }
  spreadsheet.activeSheetName = SETTINGS_SHEET.name;
  return spreadsheet;
}
