import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import {
  identifyLowResultSchools,
  readIdentification,
} from '../../../src/server/actions/identifyLowResultSchools';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { templateWorkbook } from '../../fakes/templateWorkbook';

const HEADER = ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %', 'Низкий результат'];

const RESULTS: CellValue[][] = [
  HEADER,
  ['МБОУ СОШ № 7', 2023, 'ВПР по математике (5 класс)', 35, 12, ''],
  ['МБОУ СОШ №7', 2024, 'ОГЭ (математика)', 28, 9, ''],
  ['МБОУ СОШ № 2', 2024, 'ВПР, мат., 5 кл.', 40, 13, ''],
  ['МБОУ "СОШ №2"', 2024, 'ЕГЭ профиль математика', 20, '', '35 %'],
  ['МБОУ СОШ № 2', 2023, 'ОГЭ русский язык', 30, 2, ''],
  ['МАОУ лицей № 1', 2024, 'ОГЭ математика', 60, 3, ''],
  ['МАОУ лицей № 1', 2023, 'ОГЭ математика', 55, 4, ''],
  ['МАОУ лицей № 1', 2024, 'ВПР физика 7 класс', 60, 3, ''],
  ['МБОУ ООШ № 8', 2024, 'ОГЭ русский язык', 12, 'н/д', ''],
  ['МБОУ ООШ № 8', 2024, 'ОГЭ математика', 12, 15, ''],
];

/** A workbook with the template's sheets, without its example rows. */
function workbook(results: CellValue[][] = RESULTS): FakeSpreadsheet {
  return templateWorkbook({ 'Результаты ОП': results });
}

describe('«Выявить ШНОР»', () => {
  it('writes `Низкий результат`, leaves the input columns alone and toasts what it found', () => {
    const spreadsheet = workbook();
    const result = identifyLowResultSchools(createFakeContext(spreadsheet));
    const values = spreadsheet.sheet('Результаты ОП').values();
    expect(values.map((r) => r[6])).toEqual([
      'Низкий результат',
      'Да',
      'Да',
      'Да',
      'Да',
      'Нет',
      'Нет',
      'Нет',
      '',
      '',
      '',
    ]);
    expect(values.map((r) => r.slice(0, 6))).toEqual(RESULTS.map((r) => r.slice(0, 6)));
    expect(result.ok).toBe(true);
    expect(spreadsheet.toasts.at(-1)).toBe(
      'Выявлено ШНОР: 2 из 3 школ (2024 год), замечаний: 3 (см. лист «Журнал проверки»)',
    );
  });

  it('rewrites «ШНОР» with flagged schools first, criteria and explanations', () => {
    const spreadsheet = workbook();
    identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(spreadsheet.sheet('ШНОР').values()).toEqual([
      [
        'Школа',
        'Год анализа',
        'ШНОР',
        'Критерий',
        'Низких процедур',
        'Пояснение',
        'Кластер ФИОКО',
        'Динамика кластера',
      ],
      [
        'МБОУ СОШ № 2',
        2024,
        'Да',
        '1',
        2,
        'ВПР математика 5 кл. 2024: 33 % (13 из 40); ЕГЭ математика (профильная) 2024: 35 %',
        '',
        '',
      ],
      [
        'МБОУ СОШ № 7',
        2024,
        'Да',
        '2',
        1,
        'ВПР математика 5 кл. 2023: 34 % (12 из 35); ОГЭ математика 2024: 32 % (9 из 28)',
        '',
        '',
      ],
      ['МАОУ лицей № 1', 2024, 'Нет', '', 0, 'Низких результатов в 2023–2024 гг. нет', '', ''],
    ]);
  });

  it('fills «ШНОР по годам» and the cluster columns', () => {
    const spreadsheet = workbook();
    spreadsheet.sheet('Кластеры').load([
      ['Школа', 'Год', 'Кластер ФИОКО'],
      ['МБОУ СОШ № 7', 2023, 'сильно неуспевающие'],
      ['МБОУ СОШ № 7', 2024, 'умеренно неуспевающие'],
    ]);
    identifyLowResultSchools(createFakeContext(spreadsheet));
    // Every year of the data, the earliest included; 2023 has no 2022 to check criterion 2 against.
    expect(spreadsheet.sheet('ШНОР по годам').values()).toEqual([
      ['№', '2023 год', '2024 год'],
      [1, '', 'МБОУ СОШ № 2'],
      [2, '', 'МБОУ СОШ № 7'],
      ['Всего', 0, 2],
      ['Вошли в список', '', 2],
      ['Вышли из списка', '', 0],
      ['Критерий 2', 'не проверен: нет данных за 2022 год', ''],
    ]);
    const seventh = spreadsheet
      .sheet('ШНОР')
      .values()
      .find((r) => r[0] === 'МБОУ СОШ № 7')!;
    expect(seventh.slice(6)).toEqual(['умеренно неуспевающие', 'положительная']);
  });

  it('reports every bad row in «Журнал проверки» with row, column, value and fix', () => {
    const spreadsheet = workbook();
    identifyLowResultSchools(createFakeContext(spreadsheet));
    const journal = spreadsheet.sheet('Журнал проверки').values().slice(1);
    expect(journal.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ['Выявить ШНОР', 'Результаты ОП', 9, 'Процедура', 'ВПР физика 7 класс'],
      ['Выявить ШНОР', 'Результаты ОП', 10, 'Получили «2»', 'н/д'],
      ['Выявить ШНОР', 'Результаты ОП', 11, 'Получили «2»', 15],
    ]);
    expect(journal.every((r) => String(r[6]).length > 10)).toBe(true);
  });

  it('reads the settings: analysis year, threshold, same procedure, minimum participants', () => {
    const spreadsheet = workbook();
    const settings = spreadsheet.sheet('Настройки');
    const values: Record<string, CellValue> = {
      'Год анализа': 2024,
      'Порог низкого результата, %': 34,
      'Критерий 2: одна и та же процедура': 'Да',
      'Минимум участников': 30,
    };
    settings.load(settings.values().map((r) => [r[0]!, values[String(r[0])] ?? r[1]!]));
    identifyLowResultSchools(createFakeContext(spreadsheet));
    const marks = spreadsheet
      .sheet('Результаты ОП')
      .values()
      .map((r) => r[6]);
    // 13 of 40 is under 34 %, 9 of 28 is too few participants, 12 of 35 is 34.3 %.
    expect(marks.slice(1, 8)).toEqual([
      'Да',
      'мало участников',
      'Нет',
      'мало участников',
      'Нет',
      'Нет',
      'Нет',
    ]);
    expect(spreadsheet.toasts.at(-1)).toContain('Выявлено ШНОР: 0 из 3 школ (2024 год)');
  });

  it('keeps the columns a user added to «ШНОР» with their school', () => {
    const spreadsheet = workbook();
    const context = createFakeContext(spreadsheet);
    identifyLowResultSchools(context);
    const sheet = spreadsheet.sheet('ШНОР');
    const rows = sheet.values();
    rows[0]!.push('Куратор');
    rows.forEach((r, i) => {
      if (i > 0) r.push(r[0] === 'МБОУ СОШ № 7' ? 'Петрова А. И.' : '');
    });
    sheet.load(rows.reverse().slice(-1).concat(rows.slice(0, -1)));
    identifyLowResultSchools(context);
    const after = sheet.values();
    expect(after[0]!.at(-1)).toBe('Куратор');
    expect(after.find((r) => r[0] === 'МБОУ СОШ № 7')!.at(-1)).toBe('Петрова А. И.');
    expect(after[1]![0]).toBe('МБОУ СОШ № 2');
  });

  it('is idempotent: a second run leaves every sheet the same', () => {
    const spreadsheet = workbook();
    const context = createFakeContext(spreadsheet);
    identifyLowResultSchools(context);
    const snapshot = () =>
      spreadsheet.sheets
        .filter((s) => s.getNameUncounted() !== 'Журнал проверки')
        .map((s) => [s.getNameUncounted(), s.values()]);
    const before = snapshot();
    const journalRows = spreadsheet.sheet('Журнал проверки').values().length;
    identifyLowResultSchools(context);
    expect(snapshot()).toEqual(before);
    expect(spreadsheet.sheet('Журнал проверки').values().length).toBe(journalRows);
  });

  it('blanks what a longer earlier run left on the owned sheets', () => {
    const spreadsheet = workbook();
    const context = createFakeContext(spreadsheet);
    identifyLowResultSchools(context);
    spreadsheet
      .sheet('Результаты ОП')
      .load([
        HEADER,
        ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 10, 1, '', 'Да'],
        ...Array(10).fill(Array(7).fill('')),
      ]);
    identifyLowResultSchools(context);
    expect(spreadsheet.sheet('ШНОР').values()).toHaveLength(2);
    expect(spreadsheet.sheet('Результаты ОП').values()[1]![6]).toBe('Нет');
  });

  it('never writes a formula: school names are data', () => {
    // Typed with a leading apostrophe, the cell holds the text «=IMPORTXML(…)».
    const spreadsheet = workbook([HEADER, ['\'=IMPORTXML("http://x")', 2024, 'ОГЭ математика', 10, 5, '']]);
    identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(spreadsheet.sheet('ШНОР').formulas()).toEqual({});
    expect(spreadsheet.sheet('ШНОР по годам').formulas()).toEqual({});
    expect(spreadsheet.sheet('ШНОР').values()[1]![0]).toBe('=IMPORTXML("http://x")');
  });

  it('adds `Низкий результат` after the last header when the user deleted it', () => {
    const spreadsheet = workbook([
      [...HEADER.slice(0, 6), 'Примечание'],
      ...RESULTS.slice(1).map((r) => [...r.slice(0, 6), 'примечание']),
    ]);
    identifyLowResultSchools(createFakeContext(spreadsheet));
    const values = spreadsheet.sheet('Результаты ОП').values();
    expect(values[0]!.slice(6)).toEqual(['Примечание', 'Низкий результат']);
    expect(values[1]!.slice(6)).toEqual(['примечание', 'Да']);
  });

  it('reports a «Кластеры» sheet whose headers cannot be found, and still identifies', () => {
    const spreadsheet = workbook();
    spreadsheet.sheet('Кластеры').load([
      ['ОО', 'Кластер по итогам'],
      ['МБОУ СОШ № 7', 'сильно неуспевающие'],
    ]);
    const result = identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(result.message).toContain('Выявлено ШНОР: 2 из 3 школ');
    const journal = spreadsheet.sheet('Журнал проверки').values();
    expect(journal.some((r) => r[1] === 'Кластеры' && String(r[5]).includes('Не найдены заголовки'))).toBe(
      true,
    );
  });

  it('says what to do when «Результаты ОП» is missing', () => {
    const spreadsheet = new FakeSpreadsheet();
    const result = identifyLowResultSchools(createFakeContext(spreadsheet));
    expect(result.message).toContain('Нет листа «Результаты ОП»');
    expect(spreadsheet.sheet('Журнал проверки').values()[1]![6]).toContain('Создать листы шаблона');
  });

  it('makes as many spreadsheet calls on 2,700 rows as on 9, reading and writing each block once', () => {
    const calls = (schools: number): { total: number; setValues: number; getValues: number } => {
      const rows: CellValue[][] = [HEADER];
      for (let s = 1; s <= schools; s++) {
        for (const year of [2022, 2023, 2024]) {
          for (const procedure of ['ОГЭ математика', 'ОГЭ русский язык', 'ВПР математика 5 класс']) {
            rows.push([`МБОУ СОШ № ${s}`, year, procedure, 30, (s * year) % 13, '']);
          }
        }
      }
      const spreadsheet = workbook(rows);
      const context = createFakeContext(spreadsheet);
      identifyLowResultSchools(context);
      spreadsheet.calls.reset();
      identifyLowResultSchools(context);
      return {
        total: spreadsheet.calls.total,
        setValues: spreadsheet.calls.count('Range.setValues'),
        getValues: spreadsheet.calls.count('Range.getValues'),
      };
    };
    const small = calls(1);
    const big = calls(300);
    expect(big).toEqual(small);
    // Настройки, Результаты ОП, Кластеры, ШНОР, ШНОР по годам, Журнал проверки: one read each;
    // Низкий результат, ШНОР, ШНОР по годам and (with findings) Журнал проверки: one write each.
    expect(big.getValues).toBeLessThanOrEqual(6);
    expect(big.setValues).toBeGreaterThanOrEqual(3);
    expect(big.setValues).toBeLessThanOrEqual(4);
  });
});

describe('readIdentification: the verdicts for the sidebar, without writing', () => {
  it('returns the identification and writes nothing', () => {
    const spreadsheet = workbook();
    const result = readIdentification(spreadsheet);
    expect(spreadsheet.calls.count('Range.setValues')).toBe(0);
    expect(result.identification.lowResultCount).toBe(2);
    expect(result.journal.size).toBe(3);
    expect(spreadsheet.sheet('Результаты ОП').values()[1]![6]).toBe('');
  });
});
