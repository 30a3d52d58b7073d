// The share columns' number formats through Sheets v4 spreadsheets.get, shaped as Google answers:
// one entry per sheet with a GridData per range, startRow/startColumn 0-based and left out when 0,
// trailing rows nobody formatted left out, CellData.userEnteredFormat.numberFormat {type, pattern}.
import { describe, expect, it } from 'vitest';
import { isPercentFormat } from '../../../src/core/numbers/shareScale';
import { createDriveFolderPort, type SheetsServiceLike } from '../../../src/server/adapters/driveFolder';
import { SpreadsheetReadError } from '../../../src/server/platform/spreadsheetReadError';

type Answer = ReturnType<SheetsServiceLike['Spreadsheets']['get']>;

function portAnswering(answer: Answer | Error) {
  const asked: Record<string, unknown>[] = [];
  const port = createDriveFolderPort({
    sheets: {
      Spreadsheets: {
        get: (_id, args) => {
          asked.push(args);
          if (answer instanceof Error) throw answer;
          return answer;
        },
        Values: { batchGet: () => ({}) },
      },
    },
  });
  return { port, asked };
}

const percent = { userEnteredFormat: { numberFormat: { type: 'PERCENT' } } };
const decimal = { userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '0.00' } } };
const customPercent = { userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '0.0 %' } } };

describe('SchoolFolderPort.columnFormats', () => {
  it('asks for the cells’ number formats in one ranged call and places each by sheet, row and column', () => {
    const { port, asked } = portAnswering({
      sheets: [
        {
          properties: { title: 'Результаты ОП' },
          data: [
            { startRow: 2, startColumn: 5, rowData: [{ values: [percent] }, {}, { values: [decimal] }] },
          ],
        },
        {
          properties: { title: 'Целевые показатели' },
          data: [{ startRow: 1, startColumn: 3, rowData: [{ values: [customPercent] }] }],
        },
      ],
    });
    const formats = port.columnFormats('1SchoolFile0001', [
      { title: 'Результаты ОП', column: 5, firstRow: 3, lastRow: 7 },
      { title: 'Целевые показатели', column: 3, firstRow: 2, lastRow: 2 },
    ]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.ranges).toEqual(["'Результаты ОП'!F3:F7", "'Целевые показатели'!D2"]);
    expect(String(asked[0]!.fields)).toMatch(/userEnteredFormat\(numberFormat\(type,pattern\)\)/);
    expect(formats.map((column) => column.map(isPercentFormat))).toEqual([
      [true, false, false, false, false],
      [true],
    ]);
  });

  it('a cell nobody formatted has no format: plain', () => {
    const { port } = portAnswering({ sheets: [{ properties: { title: 'Результаты ОП' }, data: [{}] }] });
    expect(
      port.columnFormats('1SchoolFile0001', [{ title: 'Результаты ОП', column: 0, firstRow: 1, lastRow: 2 }]),
    ).toEqual([['', '']]);
  });

  it('makes no call for no cells, and words a failure as the other reads do', () => {
    const none = portAnswering({});
    expect(none.port.columnFormats('1SchoolFile0001', [])).toEqual([]);
    expect(none.asked).toHaveLength(0);
    const failing = portAnswering(
      new Error('API call to sheets.spreadsheets.get failed with error: Quota exceeded'),
    );
    expect(() =>
      failing.port.columnFormats('1SchoolFile0001', [
        { title: 'Результаты ОП', column: 0, firstRow: 2, lastRow: 2 },
      ]),
    ).toThrow(SpreadsheetReadError);
  });
});
