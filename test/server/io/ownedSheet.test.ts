import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { type OwnedSheetSpec, readOwnedSheet, writeOwnedSheet } from '../../../src/server/io/ownedSheet';
import { INJECTED_FAILURE, MUTATING_CALL } from '../../fakes/callCounter';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const SPEC: OwnedSheetSpec = {
  name: 'ШНОР',
  headers: ['Школа', 'ШНОР', 'Пояснение'],
  keyColumns: [0],
};

/** A sheet the add-on wrote, then a person worked on: a title row, notes, a link, a sum. */
function workedOnSheet() {
  const workbook = new FakeSpreadsheet();
  const sheet = workbook.addSheet('ШНОР', [
    ['ШНОР района на 2024 год', '', '', '', '', ''],
    ['Школа', 'ШНОР', 'Пояснение', 'Заметка', 'План', 'Пояснение'],
    ['СОШ № 1', 'Да', 'старое', 'позвонить', '', 'моё 1'],
    ['СОШ № 2', 'Нет', 'старое', '', '', 'моё 2'],
    ['СОШ № 3', 'Нет', 'старое', 'ок', '', ''],
  ]);
  // The plan of each school as a link labelled with its name; the note count is a formula too.
  sheet.putFormula(3, 5, '=HYPERLINK("https://docs.google.com/d/1", A3)', 'СОШ № 1');
  sheet.putFormula(4, 5, '=HYPERLINK("https://docs.google.com/d/2", A4)', 'СОШ № 2');
  sheet.putFormula(1, 4, '=COUNTA(D3:D100)', 2);
  workbook.calls.reset();
  return { workbook, sheet };
}

const NEW_ORDER: CellValue[][] = [
  ['СОШ № 2', 'Да', 'новое 2'],
  ['СОШ № 3', 'Нет', 'новое 3'],
  ['СОШ № 1', 'Нет', 'новое 1'],
];

describe('writeOwnedSheet', () => {
  it('creates the sheet with its header in row 1, frozen, grown past 1000 rows', () => {
    const workbook = new FakeSpreadsheet();
    const many = Array.from({ length: 1500 }, (_, i) => [`Школа ${i}`, 'Да', '']);
    const written = writeOwnedSheet(workbook, SPEC, many);
    expect(written).toMatchObject({
      created: true,
      headerRowNumber: 1,
      ownColumns: [1, 2, 3],
      rowCount: 1500,
    });
    expect(workbook.sheet('ШНОР').values()).toHaveLength(1501);
    expect(workbook.sheet('ШНОР').frozenRows).toBe(1);
  });

  it('keeps the title rows where they are and finds the header under them', () => {
    const { workbook, sheet } = workedOnSheet();
    const written = writeOwnedSheet(workbook, SPEC, NEW_ORDER);
    expect(written.headerRowNumber).toBe(2);
    expect(sheet.values()[0]).toEqual(['ШНОР района на 2024 год', '', '', 2, '', '']);
    expect(sheet.formulas().D1).toBe('=COUNTA(D3:D100)');
    expect(sheet.values()[1]).toEqual(['Школа', 'ШНОР', 'Пояснение', 'Заметка', 'План', 'Пояснение']);
  });

  it('carries the user columns with their school after a re-sort, values and formulas pointing at their own row', () => {
    const { workbook, sheet } = workedOnSheet();
    writeOwnedSheet(workbook, SPEC, NEW_ORDER);
    expect(
      sheet
        .values()
        .slice(2)
        .map((row) => [row[0], row[2], row[3], row[5]]),
    ).toEqual([
      ['СОШ № 2', 'новое 2', '', 'моё 2'],
      ['СОШ № 3', 'новое 3', 'ок', ''],
      ['СОШ № 1', 'новое 1', 'позвонить', 'моё 1'],
    ]);
    const formulas = sheet.formulas();
    expect(formulas.E3).toBe('=HYPERLINK("https://docs.google.com/d/2", A3)');
    expect(formulas.E5).toBe('=HYPERLINK("https://docs.google.com/d/1", A5)');
    expect(formulas.E4).toBeUndefined();
  });

  it('keeps a user column whose header repeats an own header as the user’s', () => {
    const { workbook, sheet } = workedOnSheet();
    writeOwnedSheet(workbook, SPEC, NEW_ORDER);
    // Column C is the add-on's «Пояснение» (among its own columns), F the user's.
    expect(
      sheet
        .values()
        .slice(2)
        .map((row) => [row[2], row[5]]),
    ).toEqual([
      ['новое 2', 'моё 2'],
      ['новое 3', ''],
      ['новое 1', 'моё 1'],
    ]);
  });

  it('writes the new block and the blanks after it in one setValues, never clearing first', () => {
    const { workbook, sheet } = workedOnSheet();
    writeOwnedSheet(workbook, SPEC, [['СОШ № 3', 'Нет', 'одна']]);
    const mutations = workbook.calls.log.filter((name) => MUTATING_CALL.test(name));
    expect(mutations).toEqual(['Range.setValues']);
    // The schools that left keep their rows for the user's cells (kept below the new rows).
    expect(
      sheet
        .values()
        .slice(2)
        .map((row) => [row[0], row[3], row[5]]),
    ).toEqual([
      ['СОШ № 3', 'ок', ''],
      ['СОШ № 1', 'позвонить', 'моё 1'],
      ['СОШ № 2', '', 'моё 2'],
    ]);
  });

  it('blanks what the previous run left below, within the same write', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('ШНОР', [['Школа', 'ШНОР', 'Пояснение'], ...NEW_ORDER]);
    writeOwnedSheet(workbook, SPEC, [['СОШ № 1', 'Да', '']]);
    expect(workbook.sheet('ШНОР').values()).toEqual([
      ['Школа', 'ШНОР', 'Пояснение'],
      ['СОШ № 1', 'Да', ''],
    ]);
    expect(workbook.calls.count('Range.setValues')).toBe(1);
    expect(workbook.calls.count('Range.clearContent')).toBe(0);
  });

  it('leaves the sheet exactly as it was when its one write fails', () => {
    const { workbook, sheet } = workedOnSheet();
    const before = { values: sheet.values(), formulas: sheet.formulas() };
    workbook.calls.failOn(1, /setValues/);
    expect(() => writeOwnedSheet(workbook, SPEC, [['СОШ № 9', 'Да', '']])).toThrow(INJECTED_FAILURE);
    expect({ values: sheet.values(), formulas: sheet.formulas() }).toEqual(before);
  });

  it('writes text that looks like a formula as text, the user’s formulas as formulas', () => {
    const workbook = new FakeSpreadsheet();
    writeOwnedSheet(workbook, SPEC, [['=IMPORTXML("http://x";"//a")', '+7 999', '@home']]);
    const sheet = workbook.sheet('ШНОР');
    expect(sheet.formulas()).toEqual({});
    expect(sheet.values()[1]).toEqual(['=IMPORTXML("http://x";"//a")', '+7 999', '@home']);
  });

  it('gives the same sheet and the same calls on a second run', () => {
    const { workbook, sheet } = workedOnSheet();
    writeOwnedSheet(workbook, SPEC, NEW_ORDER);
    const first = { values: sheet.values(), formulas: sheet.formulas(), calls: workbook.calls.total };
    workbook.calls.reset();
    writeOwnedSheet(workbook, SPEC, NEW_ORDER);
    expect({ values: sheet.values(), formulas: sheet.formulas(), calls: workbook.calls.total }).toEqual(
      first,
    );
  });

  it('reads formulas only when the sheet has user columns', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('ШНОР', [['Школа', 'ШНОР', 'Пояснение'], ...NEW_ORDER]);
    writeOwnedSheet(workbook, SPEC, NEW_ORDER);
    expect(workbook.calls.count('Range.getFormulasR1C1')).toBe(0);
    // getSheetByName, getDataRange, getValues, setValues on the same range (same size as before).
    expect(workbook.calls.total).toBe(4);

    const worked = workedOnSheet();
    writeOwnedSheet(worked.workbook, SPEC, NEW_ORDER);
    expect(worked.workbook.calls.count('Range.getFormulasR1C1')).toBe(1);
    // The header under a title row: the block needs a range of its own (getRange).
    expect(worked.workbook.calls.total).toBe(6);
  });

  it('refuses to write over a sheet of the name that holds other data, in a Russian sentence', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('ШНОР', [['Мои заметки'], ['купить мел']]);
    expect(() => writeOwnedSheet(workbook, SPEC, NEW_ORDER)).toThrow(/на листе «ШНОР» другие данные/);
    expect(workbook.sheet('ШНОР').values()).toEqual([['Мои заметки'], ['купить мел']]);
  });

  it('takes a sheet read by readOwnedSheet without reading it again', () => {
    const { workbook } = workedOnSheet();
    const read = readOwnedSheet(workbook, SPEC);
    expect(read?.rows.map((row) => row[0])).toEqual(['СОШ № 1', 'СОШ № 2', 'СОШ № 3']);
    workbook.calls.reset();
    writeOwnedSheet(workbook, SPEC, NEW_ORDER, read);
    expect(workbook.calls.count('Range.getValues')).toBe(0);
    expect(workbook.calls.count('Sheet.getDataRange')).toBe(0);
  });
});
