// The fake Sheets v4 spreadsheets.get answers number formats as Google does: only the fields asked,
// one entry per sheet in the spreadsheet's order, a range naming no sheet fails.
import { describe, expect, it } from 'vitest';
import { FakeDrive } from './fakeDrive';
import { FakeSpreadsheet } from './fakeSpreadsheet';

function drive() {
  const fake = new FakeDrive();
  const workbook = new FakeSpreadsheet('Школа', 'school-0001-abcdefghij');
  workbook.addSheet('А', [['x'], [0.5], [0.7]]).formatCells(2, 1, 1, 1, '0.00%');
  workbook
    .addSheet('Б', [
      ['x', 'y'],
      [1, 2],
    ])
    .formatCells(2, 2, 1, 1, '0.0');
  fake.addWorkbook(fake.addFolder('Папка'), workbook);
  return fake;
}

describe('fake spreadsheets.get with number formats', () => {
  it('gives only the parts of numberFormat asked for, by sheet in the spreadsheet’s order', () => {
    const answer = drive().sheets.Spreadsheets.get('school-0001-abcdefghij', {
      ranges: ["'Б'!B2", "'А'!A2:A3"],
      fields:
        'sheets(properties(title),data(startRow,startColumn,rowData(values(userEnteredFormat(numberFormat(type))))))',
    });
    expect(answer).toEqual({
      sheets: [
        {
          properties: { title: 'А' },
          data: [
            {
              startRow: 1,
              rowData: [{ values: [{ userEnteredFormat: { numberFormat: { type: 'PERCENT' } } }] }],
            },
          ],
        },
        {
          properties: { title: 'Б' },
          data: [
            {
              startRow: 1,
              startColumn: 1,
              rowData: [{ values: [{ userEnteredFormat: { numberFormat: { type: 'NUMBER' } } }] }],
            },
          ],
        },
      ],
    });
  });

  it('fails a range naming no sheet, as Google does', () => {
    expect(() =>
      drive().sheets.Spreadsheets.get('school-0001-abcdefghij', {
        ranges: ["'Нет'!A1"],
        fields: 'sheets(data(rowData(values(userEnteredFormat(numberFormat(type))))))',
      }),
    ).toThrow(/Unable to parse range/);
  });
});
