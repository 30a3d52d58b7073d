import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import {
  identifyLowResultSchools,
  readIdentification,
} from '../../../src/server/actions/identifyLowResultSchools';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

// «Выявить ШНОР» reads `Доля «2», %` with its number formats (PRODUCT.md §2): a plain number is
// percent points, only a percent-formatted cell holds a fraction.
const HEADER = ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %', 'Низкий результат'];
const SHARE_COLUMN = 6;

function workbook(rows: CellValue[][], percentRows: readonly number[] = []): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  const sheet = spreadsheet.addSheet('Результаты ОП', [HEADER, ...rows]);
  for (const row of percentRows) sheet.formatCells(row, SHARE_COLUMN, 1, 1, '0.00%');
  return spreadsheet;
}

const marks = (spreadsheet: FakeSpreadsheet) =>
  spreadsheet
    .sheet('Результаты ОП')
    .values()
    .slice(1)
    .map((r) => r[6]);

describe('«Выявить ШНОР»: shares as people write them', () => {
  it('0,89 typed in `Доля «2», %` is 0,89 %: the gymnasium is not ШНОР, and Пояснение does not say 89 %', () => {
    const spreadsheet = workbook([
      ['МАОУ гимназия № 3', 2024, 'ВПР математика 5 класс', '', '', 0.89],
      ['МАОУ гимназия № 3', 2024, 'ОГЭ математика', '', '', '0,89'],
      ['МАОУ гимназия № 3', 2023, 'ОГЭ математика', '', '', 0.5],
    ]);
    identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(marks(spreadsheet)).toEqual(['Нет', 'Нет', 'Нет']);
    const row = spreadsheet.sheet('ШНОР').values()[1]!;
    expect(row.slice(0, 4)).toEqual(['МАОУ гимназия № 3', 2024, 'Нет', '']);
    expect(String(row[5])).not.toContain('89 %');
  });

  it('«34 %», 34 and «34,5» are points; a percent-formatted 0,34 is 34 %', () => {
    const spreadsheet = workbook(
      [
        ['МБОУ СОШ № 2', 2024, 'ВПР математика 5 класс', '', '', '34 %'],
        ['МБОУ СОШ № 2', 2024, 'ВПР русский язык 5 класс', '', '', 34],
        ['МБОУ СОШ № 6', 2024, 'ОГЭ математика', '', '', '34,5'],
        ['МБОУ СОШ № 6', 2024, 'ОГЭ русский язык', '', '', 0.34],
        ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', '', '', 0.34],
      ],
      [5],
    );
    identifyLowResultSchools(createFakeContext(spreadsheet));
    // Row 6 (СОШ № 7, unformatted 0,34) is 0,34 %.
    expect(marks(spreadsheet)).toEqual(['Да', 'Да', 'Да', 'Да', 'Нет']);
    const schools = spreadsheet.sheet('ШНОР').values().slice(1);
    const sixth = schools.find((r) => r[0] === 'МБОУ СОШ № 6')!;
    expect(sixth.slice(2, 4)).toEqual(['Да', '1']);
    expect(sixth[5]).toMatch(/^ОГЭ математика 2024: 34,5 %; ОГЭ русский язык 2024: 34 %;/);
  });

  it('journals a percent-formatted cell that shows more than 100 % with the fix: remove the format', () => {
    const spreadsheet = workbook([['МБОУ СОШ № 2', 2024, 'ОГЭ математика', '', '', 34]], [2]);
    identifyLowResultSchools(createFakeContext(spreadsheet));
    const journal = spreadsheet.sheet('Журнал проверки').values().slice(1);
    const entry = journal.find((r) => r[2] === 2)!;
    expect(entry.slice(1, 5)).toEqual(['Результаты ОП', 2, 'Доля «2», %', 34]);
    expect(String(entry[5])).toContain('процентном формате');
    expect(String(entry[6])).toContain('Уберите процентный формат');
  });

  it('reads the formats of the share column only, in one call with its range, whatever the rows', () => {
    const calls = (schools: number) => {
      const rows: CellValue[][] = [];
      for (let i = 1; i <= schools; i++) rows.push([`МБОУ СОШ № ${i}`, 2024, 'ОГЭ математика', '', '', 12]);
      const spreadsheet = workbook(rows);
      spreadsheet.calls.reset();
      identifyLowResultSchools(createFakeContext(spreadsheet));
      return spreadsheet.calls.count('Range.getNumberFormats');
    };
    expect(calls(3)).toBe(1);
    expect(calls(500)).toBe(1);
  });

  it('the dashboard’s reading agrees with the action', () => {
    const spreadsheet = workbook(
      [
        ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', '', '', 0.4],
        ['МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', '', '', 0.4],
      ],
      [2],
    );
    const { identification } = readIdentification(spreadsheet);
    expect(identification.lowResultMarks).toEqual(['Да', 'Нет']);
  });
});
