// A workbook as «Создать листы шаблона» makes it, for tests of the actions that read it.
import type { CellValue } from '../../src/core/cells/cellValue';
import { createTemplate } from '../../src/server/actions/createTemplate';
import { createFakeContext } from './fakeContext';
import { FakeSpreadsheet } from './fakeSpreadsheet';

/**
 * The template's sheets without their example rows (only «Настройки» keeps its rows), and the
 * given rows on the sheets named in `rowsOf` instead.
 */
export function templateWorkbook(rowsOf: Readonly<Record<string, CellValue[][]>>): FakeSpreadsheet {
  const template = new FakeSpreadsheet();
  createTemplate(createFakeContext(template));
  const spreadsheet = new FakeSpreadsheet();
  for (const sheet of template.sheets) {
    const name = sheet.getNameUncounted();
    spreadsheet.addSheet(name, rowsOf[name] ?? sheet.values().slice(0, name === 'Настройки' ? undefined : 1));
  }
  return spreadsheet;
}
