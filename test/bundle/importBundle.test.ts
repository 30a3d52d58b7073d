// «Импортировать результаты» through the built dist/Code.js on the preview's sample workbook: its
// «Импорт» holds two ФИС ОКО blocks (aggregate rows, logins, shares as numbers and as text with a
// decimal comma, a 0,89 % share, a share no count reproduces) and a regional centre's ЕГЭ table.
import { describe, expect, it } from 'vitest';
import { buildSchoolWorkbook } from '../../dev/sample/schoolWorkbook';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import type { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import { distHtmlLoader, readDist } from './builtArtefact';

const code = readDist('Code.js');

function load(spreadsheet: FakeSpreadsheet) {
  const fake = createFakeGlobals({ spreadsheet, htmlLoader: distHtmlLoader });
  return runInSandbox(code, fake.globals, { now: () => new Date('2024-11-20T09:00:00+03:00') });
}

const comparable = (spreadsheet: FakeSpreadsheet, name: string) =>
  spreadsheet
    .sheet(name)
    .values()
    .map((row) => row.map((cell) => (cell instanceof Date ? 'date' : cell)));

describe('menuImportResults of dist/Code.js', () => {
  it('imports the sample export, writes «Сравнение», leaves «Импорт» as pasted, and a second run changes nothing', () => {
    const spreadsheet = buildSchoolWorkbook();
    const pasted = spreadsheet.sheet('Импорт').values();
    const resultsBefore = spreadsheet.sheet('Результаты ОП').values();
    const sandbox = load(spreadsheet);

    sandbox.call('menuImportResults');

    expect(spreadsheet.toasts.at(-1)).toBe(
      'Импортировано блоков: 3, строк школ: 26, строк сравнения: 6, замечаний: 2 (см. лист «Журнал проверки»)',
    );
    expect(spreadsheet.sheet('Импорт').values()).toEqual(pasted);
    const results = spreadsheet.sheet('Результаты ОП').values();
    // The user's rows stay where they were; the imported ones follow.
    expect(results.slice(0, resultsBefore.length)).toEqual(resultsBefore);
    const imported = results.slice(resultsBefore.length);
    expect(imported).toHaveLength(26);
    expect(imported.find((r) => r[0] === 'МАОУ "Гимназия № 3"' && r[1] === 2024)).toEqual([
      'МАОУ "Гимназия № 3"',
      2024,
      'ВПР русский язык 6 класс',
      112,
      1,
      '',
      '',
      'sch423103',
      44,
      44,
      23,
      'Импорт: ФИС ОКО, ВПР русский язык 6 класс, 2024',
    ]);
    expect(imported.find((r) => String(r[7]) === 'sch423145' && r[1] === 2024)?.slice(3, 6)).toEqual([
      14,
      '',
      '21,5 %',
    ]);
    expect(comparable(spreadsheet, 'Сравнение').map((r) => r.slice(0, 3))).toEqual([
      ['Уровень', 'Название', 'Год'],
      ['Вся выборка', 'Вся выборка', 2024],
      ['Регион', 'Энская обл.', 2024],
      ['Муниципалитет', 'Озёрский муниципальный округ', 2024],
      ['Вся выборка', 'Вся выборка', 2023],
      ['Регион', 'Энская обл.', 2023],
      ['Муниципалитет', 'Озёрский муниципальный округ', 2023],
    ]);

    const sheets = ['Результаты ОП', 'Сравнение', 'Импорт'].map((name) => comparable(spreadsheet, name));
    sandbox.call('menuImportResults');
    expect(['Результаты ОП', 'Сравнение', 'Импорт'].map((name) => comparable(spreadsheet, name))).toEqual(
      sheets,
    );
  });

  it('then «Выявить ШНОР» finds the schools the imported procedure makes ШНОР', () => {
    const spreadsheet = buildSchoolWorkbook();
    const sandbox = load(spreadsheet);
    sandbox.call('menuImportResults');
    sandbox.call('menuIdentifyLowResultSchools');
    const flagged = spreadsheet
      .sheet('ШНОР')
      .values()
      .filter((r) => r[2] === 'Да')
      .map((r) => [String(r[0]), r[3]]);
    expect(flagged).toContainEqual([expect.stringContaining('СОШ № 21'), '1']);
    expect(flagged).toContainEqual([expect.stringContaining('СОШ № 27'), '2']);
  });
});
