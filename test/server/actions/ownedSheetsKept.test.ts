// Regression tests of issue 11's owned-sheet findings, through the menu actions.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { SUMMARY_HEADERS } from '../../../src/core/summary/summaryEntry';
import { identifyLowResultSchools } from '../../../src/server/actions/identifyLowResultSchools';
import { refreshFolderSummary } from '../../../src/server/actions/refreshFolderSummary';
import { createFakeContext, type FakeContext } from '../../fakes/fakeContext';
import { FakeClock, FakeDrive } from '../../fakes/fakeDrive';
import { schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { templateWorkbook } from '../../fakes/templateWorkbook';

const OWN = [
  'Школа',
  'Год анализа',
  'ШНОР',
  'Критерий',
  'Низких процедур',
  'Пояснение',
  'Кластер ФИОКО',
  'Динамика кластера',
];

/** A workbook with the template's sheets and these results, without the example rows. */
function identifyWorkbook(results: CellValue[][]) {
  const spreadsheet = templateWorkbook({ 'Результаты ОП': results });
  return { spreadsheet, context: createFakeContext(spreadsheet) };
}

const HEADER = ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %', 'Низкий результат'];
const RESULTS: CellValue[][] = [
  HEADER,
  ['МБОУ СОШ № 7', 2024, 'ОГЭ (математика)', 28, 1, ''],
  ['МБОУ СОШ № 2', 2024, 'ОГЭ (математика)', 40, 20, ''],
  ['МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', 40, 20, ''],
];

describe('«Выявить ШНОР» over a «ШНОР» a person has worked on', () => {
  it('keeps a title row above the header, and the note with its school', () => {
    const { spreadsheet, context } = identifyWorkbook(RESULTS);
    spreadsheet.sheet('ШНОР').load([
      ['Список ШНОР для управления образования', '', '', '', '', '', '', '', ''],
      [...OWN, 'Заметка'],
      ['МБОУ СОШ № 7', 2024, 'Нет', '', 0, '', '', '', 'проверить ОГЭ'],
    ]);
    identifyLowResultSchools(context);
    const values = spreadsheet.sheet('ШНОР').values();
    expect(values[0]![0]).toBe('Список ШНОР для управления образования');
    expect(values[1]).toEqual([...OWN, 'Заметка']);
    // СОШ № 2 is flagged and comes first; the note stays on СОШ № 7's row.
    expect(values.slice(2).map((row) => [row[0], row[2], row[8]])).toEqual([
      ['МБОУ СОШ № 2', 'Да', ''],
      ['МБОУ СОШ № 7', 'Нет', 'проверить ОГЭ'],
    ]);
    // Nothing was copied to the right as orphan rows, nothing left below.
    expect(values).toHaveLength(4);
    expect(values[0]).toHaveLength(9);
  });

  it('keeps a user column whose header repeats «Пояснение», with its school', () => {
    const { spreadsheet, context } = identifyWorkbook(RESULTS);
    spreadsheet.sheet('ШНОР').load([
      [...OWN, 'Пояснение'],
      ['МБОУ СОШ № 7', 2024, 'Нет', '', 0, '', '', '', 'директор в отпуске'],
    ]);
    identifyLowResultSchools(context);
    const values = spreadsheet.sheet('ШНОР').values();
    expect(values[0]).toEqual([...OWN, 'Пояснение']);
    const row7 = values.find((row) => row[0] === 'МБОУ СОШ № 7')!;
    expect(row7[8]).toBe('директор в отпуске');
    expect(String(row7[5])).not.toBe('');
  });
});

describe('the call budget of «Выявить ШНОР» (ENGINEERING.md: ≤ 25) with a worked-on «ШНОР»', () => {
  it('pays for reading the user’s formulas within the budget', () => {
    // Both years present: nothing for the journal, as in the bench's workbook.
    const { spreadsheet, context } = identifyWorkbook([
      ...RESULTS,
      ['МБОУ СОШ № 7', 2023, 'ОГЭ (математика)', 28, 1, ''],
      ['МБОУ СОШ № 2', 2023, 'ОГЭ (математика)', 40, 2, ''],
    ]);
    identifyLowResultSchools(context);
    const shnor = spreadsheet.sheet('ШНОР');
    const table = shnor.values();
    shnor.load([
      ['Список ШНОР', ...Array<CellValue>(8).fill('')],
      [...table[0]!, 'Ссылка'],
      ...table.slice(1).map((r) => [...r, '']),
    ]);
    shnor.putFormula(3, 9, '=HYPERLINK("https://docs.google.com/d/1", A3)', 'план');
    identifyLowResultSchools(context);
    spreadsheet.calls.reset();
    expect(identifyLowResultSchools(context).ok).toBe(true);
    expect(spreadsheet.calls.count('Range.getFormulasR1C1')).toBe(1);
    expect(spreadsheet.calls.count('Range.getValues')).toBe(5);
    expect(spreadsheet.calls.total).toBeLessThanOrEqual(25);
  });
});

describe('«Обновить сводку по папке» over a «Сводка» the curator has worked on', () => {
  function setUp() {
    const clock = new FakeClock('2024-11-20T09:00:00+03:00');
    const drive = new FakeDrive({ clock });
    const folderId = drive.addFolder('Школы');
    const ids = ['school-0002-abcdefghij', 'school-0008-abcdefghij'];
    drive.addWorkbook(folderId, schoolWorkbook({ school: 'МБОУ СОШ № 2', fileName: 'СОШ 2', id: ids[0] }));
    drive.addWorkbook(folderId, schoolWorkbook({ school: 'МБОУ ООШ № 8', fileName: 'ООШ 8', id: ids[1] }));
    const curator = new FakeSpreadsheet('Сводка куратора', 'curator-0001');
    curator.addSheet('Настройки', [
      ['Параметр', 'Значение'],
      ['Папка школ', `https://drive.google.com/drive/folders/${folderId}`],
    ]);
    const context: FakeContext = { ...createFakeContext(curator), now: () => clock.now() };
    return { drive, curator, context, clock };
  }

  it('keeps title rows and a curator’s =HYPERLINK as a formula on its file’s row', () => {
    const { drive, curator, context, clock } = setUp();
    refreshFolderSummary(context, drive.port());
    const sheet = curator.sheet('Сводка');
    const table = sheet.values();
    const width = SUMMARY_HEADERS.length;
    sheet.load([
      ['Сводка по району', ...Array<CellValue>(width).fill('')],
      ['на 20.11.2024', ...Array<CellValue>(width).fill('')],
      [...table[0]!, 'Справка'],
      ...table.slice(1).map((row) => [...row, '']),
    ]);
    const school8 = table.findIndex((row) => String(row[1]).includes('school-0008')) + 2;
    sheet.putFormula(school8 + 1, width + 1, `=HYPERLINK(B${school8 + 1}, "открыть")`, 'открыть');
    clock.advance(24 * 3600 * 1000);

    expect(refreshFolderSummary(context, drive.port()).ok).toBe(true);

    const values = sheet.values();
    expect(values.slice(0, 2).map((row) => row[0])).toEqual(['Сводка по району', 'на 20.11.2024']);
    expect(values[2]).toEqual([...SUMMARY_HEADERS, 'Справка']);
    const row8 = values.findIndex((row) => String(row[1]).includes('school-0008')) + 1;
    expect(sheet.formulas()).toEqual({
      [`${String.fromCharCode(65 + width)}${row8}`]: `=HYPERLINK(B${row8}, "открыть")`,
    });
  });
});
