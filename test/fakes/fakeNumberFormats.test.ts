import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from './fakeSpreadsheet';

// The fake's number formats must behave like Range.getNumberFormats (ENGINEERING.md, «Platform facts
// the fakes must honour»): one string per cell, one call, «General» where nobody formatted.
describe('FakeRange.getNumberFormats', () => {
  it('gives one format per cell in one call, «General» for an unformatted cell', () => {
    const spreadsheet = new FakeSpreadsheet();
    const sheet = spreadsheet.addSheet('Лист', [
      ['Доля', 'Число'],
      [0.89, 12],
    ]);
    sheet.getRange(2, 1).setNumberFormat('0.00%');
    spreadsheet.calls.reset();
    expect(sheet.getRange(1, 1, 2, 2).getNumberFormats()).toEqual([
      ['General', 'General'],
      ['0.00%', 'General'],
    ]);
    expect(spreadsheet.calls.count('Range.getNumberFormats')).toBe(1);
    // The value of a percent-formatted cell stays the fraction.
    expect(sheet.getRange(2, 1).getValues()).toEqual([[0.89]]);
  });

  it('moves formats with their cells when rows or columns are inserted', () => {
    const spreadsheet = new FakeSpreadsheet();
    const sheet = spreadsheet.addSheet('Лист', [['a'], ['b']]).formatCells(2, 1, 1, 1, '0%');
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnsAfter(0, 1);
    expect(sheet.readNumberFormats(2, 1, 3, 2)).toEqual([
      ['General', 'General'],
      ['General', 'General'],
      ['General', '0%'],
    ]);
  });
});
