// The dashboard's read-once view: the same answers as the spreadsheet, each read at most once.
import { describe, expect, it } from 'vitest';
import { findSheet } from '../../../src/server/io/sheetLookup';
import { readGrid } from '../../../src/server/io/tables';
import { readingOnce } from '../../../src/server/rpc/readOnce';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

function workbook(): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  spreadsheet.addSheet('Настройки', [['Параметр', 'Значение']]);
  spreadsheet.addSheet('Результаты ОП', [
    ['Школа', 'Год'],
    ['СОШ № 2', 2024],
  ]);
  spreadsheet.addSheet('дорожная  карта', [['№', 'Мероприятие']]);
  return spreadsheet;
}

describe('readingOnce', () => {
  it('gives what the spreadsheet gives, and reads a sheet’s values once however often it is asked', () => {
    const spreadsheet = workbook();
    const view = readingOnce(spreadsheet);
    const first = readGrid(view, 'Результаты ОП')?.grid;
    const second = readGrid(view, 'Результаты ОП')?.grid;
    expect(first).toEqual([
      ['Школа', 'Год'],
      ['СОШ № 2', 2024],
    ]);
    expect(second).toEqual(first);
    expect(spreadsheet.calls.count('Range.getValues')).toBe(1);
    expect(spreadsheet.calls.count('Spreadsheet.getSheetByName')).toBe(1);
  });

  it('hands each caller its own copy: one part cannot change what the next reads', () => {
    const view = readingOnce(workbook());
    readGrid(view, 'Результаты ОП')!.grid[1]![0] = 'изменено';
    expect(readGrid(view, 'Результаты ОП')!.grid[1]![0]).toBe('СОШ № 2');
  });

  it('lists the sheets and their names once for every loose lookup, and answers later lookups from that list', () => {
    const spreadsheet = workbook();
    const view = readingOnce(spreadsheet);
    expect(findSheet(view, 'Дорожная карта')?.getName()).toBe('дорожная  карта');
    expect(findSheet(view, 'ШНОР')).toBeNull();
    expect(findSheet(view, 'Настройки')?.getName()).toBe('Настройки');
    expect(spreadsheet.calls.count('Spreadsheet.getSheets')).toBe(1);
    expect(spreadsheet.calls.count('Sheet.getName')).toBe(3);
    expect(spreadsheet.calls.count('Spreadsheet.getSheetByName')).toBe(1);
  });

  it('names a workbook of no more sheets than the names to look up once, and asks no name', () => {
    const spreadsheet = workbook();
    const view = readingOnce(spreadsheet, 4);
    expect(findSheet(view, 'Настройки')?.getName()).toBe('Настройки');
    expect(findSheet(view, 'ШНОР')).toBeNull();
    expect(findSheet(view, 'Дорожная карта')?.getName()).toBe('дорожная  карта');
    expect(readGrid(view, 'Результаты ОП')?.grid).toHaveLength(2);
    expect(spreadsheet.calls.count('Spreadsheet.getSheets')).toBe(1);
    expect(spreadsheet.calls.count('Sheet.getName')).toBe(3);
    expect(spreadsheet.calls.count('Spreadsheet.getSheetByName')).toBe(0);
  });

  it('asks a larger workbook by name, and lists it no second time for a loose lookup', () => {
    const spreadsheet = workbook();
    const view = readingOnce(spreadsheet, 2);
    expect(findSheet(view, 'Настройки')?.getName()).toBe('Настройки');
    expect(findSheet(view, 'Дорожная карта')?.getName()).toBe('дорожная  карта');
    expect(findSheet(view, 'Кластеры')).toBeNull();
    expect(spreadsheet.calls.count('Spreadsheet.getSheets')).toBe(1);
    expect(spreadsheet.calls.count('Spreadsheet.getSheetByName')).toBe(2);
  });

  it('reads a sheet’s number formats once however many parts ask', () => {
    const spreadsheet = workbook();
    const view = readingOnce(spreadsheet);
    const range = () => findSheet(view, 'Результаты ОП')!.getDataRange();
    expect(range().getNumberFormats()).toEqual(range().getNumberFormats());
    expect(spreadsheet.calls.count('Range.getNumberFormats')).toBe(1);
  });
});
