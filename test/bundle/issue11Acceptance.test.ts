// Issue 11's attacks, repeated against the built dist/Code.js the way a user makes them: through the
// menu functions, the custom functions and the sidebars' RPCs (acceptance, PRODUCT.md §2, §12, §13).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CellValue } from '../../src/core/cells/cellValue';
import { SUMMARY_HEADERS } from '../../src/core/summary/summaryEntry';
import { FakeClock, FakeDrive } from '../fakes/fakeDrive';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import { schoolWorkbook } from '../fakes/fakeSchoolWorkbook';
import { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import { distHtmlLoader, readDist } from './builtArtefact';

const code = readDist('Code.js');
const NOW = new Date('2024-11-20T09:00:00+03:00');
const JOURNAL = 'Журнал проверки';
const RUSSIAN = /[А-Яа-яЁё]/;
const ENGLISH = /Exception|Error|TypeError|Cannot read|undefined|timed out|Invalid time|NaN/;
/** ScriptApp.requireScopes ends a run on purpose (Google's consent prompt): not a failure to sweep. */
const SWEPT = /^(?!ScriptApp\.requireScopes)/;

function load(spreadsheet = new FakeSpreadsheet(), extra: Record<string, unknown> = {}, now = () => NOW) {
  const fake = createFakeGlobals({ spreadsheet, htmlLoader: distHtmlLoader, extra });
  const sandbox = runInSandbox(code, fake.globals, { now });
  return { fake, sandbox, spreadsheet };
}

/** Journal rows as [sheet, row, column, value, problem]. */
function journal(spreadsheet: FakeSpreadsheet): CellValue[][] {
  if (!spreadsheet.hasSheet(JOURNAL)) return [];
  const rows = spreadsheet.sheet(JOURNAL).values();
  const header = rows.findIndex((row) => row[0] === 'Действие');
  return rows
    .slice(header + 1)
    .filter((row) => row[0] !== '')
    .map((row) => row.slice(1, 6));
}

const RESULTS_HEADER = ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %'];
const RESULTS: CellValue[][] = [
  ['МБОУ СОШ № 7', 2023, 'ОГЭ математика', 30, 10, ''],
  ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10, ''],
  ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 30, 1, ''],
];

/** The notes (last column) of «Сводка» by file link, from its first data row (0-based) down. */
function summaryNotes(curator: FakeSpreadsheet, firstDataRow: number): Map<string, CellValue | undefined> {
  return new Map(
    curator
      .sheet('Сводка')
      .values()
      .slice(firstDataRow)
      .filter((row) => row.at(-1) !== '')
      .map((row) => [String(row[1]), row.at(-1)]),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('issue 11 through the bundle: owned sheets keep what people add', () => {
  it('a title row typed above «ШНОР»’s header, then «Выявить ШНОР» twice: the sheet stays as the user left it', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Результаты ОП', [[...RESULTS_HEADER, 'Низкий результат'], ...RESULTS]);
    const { sandbox } = load(spreadsheet);
    sandbox.call('menuIdentifyLowResultSchools');
    const sheet = spreadsheet.sheet('ШНОР');
    const table = sheet.values();
    const width = table[0]!.length;
    sheet.load([
      ['ШНОР района — к совещанию', ...Array<CellValue>(width).fill('')],
      [...table[0]!, 'Пояснение'],
      ...table.slice(1).map((row) => [...row, row[0] === 'МБОУ СОШ № 7' ? 'позвонить директору' : '']),
    ]);
    const before = sheet.values();

    sandbox.call('menuIdentifyLowResultSchools');
    const once = sheet.values();
    sandbox.call('menuIdentifyLowResultSchools');

    expect(sheet.values()).toEqual(once);
    expect(once).toEqual(before);
    expect(once[0]![0]).toBe('ШНОР района — к совещанию');
    expect(once[1]!.filter((h) => h === 'Пояснение')).toHaveLength(2);
    const row7 = once.find((row) => row[0] === 'МБОУ СОШ № 7')!;
    expect(row7.at(-1)).toBe('позвонить директору');
    expect(sheet.lastColumn()).toBe(width + 1);
  });

  it('a user column’s formulas follow their school after a re-sort and still point into their own row', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Результаты ОП', [[...RESULTS_HEADER, 'Низкий результат'], ...RESULTS]);
    const { sandbox } = load(spreadsheet);
    sandbox.call('menuIdentifyLowResultSchools');
    const sheet = spreadsheet.sheet('ШНОР');
    const table = sheet.values();
    const width = table[0]!.length;
    sheet.load([[...table[0]!, 'Ссылка'], ...table.slice(1).map((row) => [...row, ''])]);
    table.slice(1).forEach((row, i) => {
      sheet.putFormula(
        i + 2,
        width + 1,
        `=HYPERLINK("https://example.org/${String(row[0]).replace(/\D/g, '')}", A${i + 2})`,
      );
    });
    const before = table.slice(1).map((row) => String(row[0]));
    // Corrected data: СОШ № 2 is flagged, СОШ № 7 no longer, so the rows change places.
    spreadsheet.sheet('Результаты ОП').load([
      [...RESULTS_HEADER, 'Низкий результат'],
      ['МБОУ СОШ № 7', 2023, 'ОГЭ математика', 30, 1, ''],
      ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 1, ''],
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', 30, 20, ''],
      ['МБОУ СОШ № 2', 2023, 'ОГЭ математика', 30, 20, ''],
    ]);
    sandbox.call('menuIdentifyLowResultSchools');

    const after = sheet
      .values()
      .slice(1)
      .map((row) => String(row[0]));
    expect(after).not.toEqual(before);
    const formulas = sheet.formulas();
    after.forEach((school, i) => {
      const row = i + 2;
      const column = String.fromCharCode(64 + width + 1);
      expect(formulas[`${column}${row}`], school).toBe(
        `=HYPERLINK("https://example.org/${school.replace(/\D/g, '')}", A${row})`,
      );
    });
  });

  it('«Целевые показатели» with a user «Статус» left of the template’s: journal line, neither column written', () => {
    const spreadsheet = new FakeSpreadsheet();
    const { sandbox } = load(spreadsheet);
    sandbox.call('menuCreateTemplate');
    const targets = spreadsheet.sheet('Целевые показатели');
    const header = targets.values()[0]!;
    const mine = [header[0]!, 'Статус', ...header.slice(1)];
    targets.load([mine, ['Доля «2» по ОГЭ', 'наш статус', '%', 22, 20, 21, 'меньше', '', '']]);

    sandbox.call('menuRefreshStatuses');

    // Both «Статус» columns are left as they were; «Прогресс, %» (named once) is still written.
    expect(targets.values()[1]).toEqual([
      'Доля «2» по ОГЭ',
      'наш статус',
      '%',
      22,
      20,
      21,
      'меньше',
      0.5,
      '',
    ]);
    const line = journal(spreadsheet).find((r) => r[0] === 'Целевые показатели' && r[2] === 'Статус');
    expect(line?.[4]).toContain('«Статус» встречается 2 раза');
  });

  it.each([
    ['Результаты ОП', 'Низкий результат', 'menuIdentifyLowResultSchools'],
    ['Дорожная карта', 'Статус', 'menuRefreshStatuses'],
    ['Рисковый профиль', 'Уровень риска', 'menuAssessRiskProfile'],
  ])('«%s» with «%s» typed twice: journaled, neither column written', (sheetName, header, action) => {
    const spreadsheet = new FakeSpreadsheet();
    const { sandbox } = load(spreadsheet);
    sandbox.call('menuCreateTemplate');
    const sheet = spreadsheet.sheet(sheetName);
    const rows = sheet.values();
    const width = rows[0]!.length;
    // The user's own column of that name, right of the table, with their text in it.
    sheet.load(rows.map((row, i) => [...row, i === 0 ? header : 'моё']));
    const at = rows[0]!.indexOf(header);
    const before = sheet.values().map((row) => [row[at], row[width]]);

    sandbox.call(action);

    expect(sheet.values().map((row) => [row[at], row[width]])).toEqual(before);
    const line = journal(spreadsheet).find((r) => r[0] === sheetName && r[2] === header);
    expect(line?.[4]).toContain(`«${header}» встречается 2 раза`);
  });

  it('«Сводка»: title rows stay, a curator’s =HYPERLINK stays a formula on its file’s row', () => {
    const { curator, sandbox, clock } = curatorWorkbook();
    sandbox.call('menuRefreshFolderSummary');
    const sheet = curator.sheet('Сводка');
    const table = sheet.values();
    const width = SUMMARY_HEADERS.length;
    sheet.load([
      ['Сводка по району', ...Array<CellValue>(width).fill('')],
      ['на 20.11.2024', ...Array<CellValue>(width).fill('')],
      [...table[0]!, 'Справка'],
      ...table.slice(1).map((row) => [...row, '']),
    ]);
    const row8 = table.findIndex((row) => String(row[1]).includes('school-0008')) + 3;
    sheet.putFormula(row8, width + 1, `=HYPERLINK(B${row8}, "открыть")`, 'открыть');
    clock.advance(24 * 3600 * 1000);

    sandbox.call('menuRefreshFolderSummary');

    const values = sheet.values();
    expect(values.slice(0, 2).map((row) => row[0])).toEqual(['Сводка по району', 'на 20.11.2024']);
    expect(values[2]).toEqual([...SUMMARY_HEADERS, 'Справка']);
    const now8 = values.findIndex((row) => String(row[1]).includes('school-0008')) + 1;
    expect(sheet.formulas()).toEqual({
      [`${String.fromCharCode(65 + width)}${now8}`]: `=HYPERLINK(B${now8}, "открыть")`,
    });
  });

  // A school without notes that leaves the folder keeps its row, marked «нет в папке»: «Сводка»
  // never gets smaller (the journal does — the stale-journal sweep below).
  it.each(['longer', 'left'])(
    'a write of «Сводка» (%s: a school added / a school left the folder) failing at any call: the curator’s notes are never lost, one Russian sentence',
    (change) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const prepared = () => {
        const setup = curatorWorkbook();
        setup.sandbox.call('menuRefreshFolderSummary');
        const sheet = setup.curator.sheet('Сводка');
        const table = sheet.values();
        sheet.load([
          ['Сводка по району', ...Array<CellValue>(table[0]!.length).fill('')],
          [...table[0]!, 'Заметки куратора'],
          ...table
            .slice(1)
            .map((row) => [
              ...row,
              change === 'longer' || String(row[1]).includes('0002') ? `выезд: ${row[0]}` : '',
            ]),
        ]);
        setup.clock.advance(24 * 3600 * 1000);
        // A third school arrives, flagged: the new block is longer and re-sorted. Or a school without
        // notes leaves the folder: its row stays, marked.
        if (change === 'longer') setup.addSchool('school-0005-abcdefghij', 'МБОУ СОШ № 5', 20);
        else setup.drive.removeFromFolder('school-0008-abcdefghij', setup.folderId);
        return setup;
      };
      const notes = (curator: FakeSpreadsheet) => summaryNotes(curator, 2);
      const reference = prepared();
      const expected = notes(reference.curator);
      reference.fake.calls.reset();
      reference.sandbox.call('menuRefreshFolderSummary');
      const log = reference.fake.calls.log.filter((name) => SWEPT.test(name));
      const calls = log.length;
      expect(calls).toBeGreaterThan(5);
      const updated = SUMMARY_HEADERS.indexOf('Обновлено');
      // «Обновлено» is the moment of the pass; every other cell must be the same.
      const unstamped = (curator: FakeSpreadsheet) =>
        curator
          .sheet('Сводка')
          .values()
          .map((row) => row.map((cell, i) => (i === updated && cell instanceof Date ? 'stamp' : cell)));
      const cleanRows = unstamped(reference.curator);
      expect(cleanRows.filter((row) => String(row[1]).includes('school-')).length).toBe(
        change === 'longer' ? 3 : 2,
      );
      let failures = 0;
      for (let n = 1; n <= calls; n++) {
        const attempt = prepared();
        attempt.fake.calls.reset();
        attempt.fake.calls.failOn(n, SWEPT);
        attempt.sandbox.call('menuRefreshFolderSummary');
        const where = `failing call ${n} (${log[n - 1]})`;
        expect(notes(attempt.curator), where).toEqual(expected);
        expect(attempt.curator.sheet('Сводка').values()[0]![0], where).toBe('Сводка по району');
        const alerts = attempt.fake.ui.alerts;
        expect(alerts.length, where).toBeLessThanOrEqual(1);
        if (alerts.length === 1) {
          failures++;
          expect(alerts[0]!.prompt, where).toMatch(RUSSIAN);
          expect(alerts[0]!.prompt, where).not.toMatch(ENGLISH);
          expect(alerts[0]!.prompt, where).not.toMatch(/не изменен/);
        }
        attempt.sandbox.call('menuRefreshFolderSummary');
        expect(notes(attempt.curator), `${where}, then clean`).toEqual(expected);
        expect(unstamped(attempt.curator), `${where}, then clean`).toEqual(cleanRows);
      }
      expect(failures).toBeGreaterThan(0);
    },
    60_000,
  );
});

function curatorWorkbook() {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const drive = new FakeDrive({ clock });
  const folderId = drive.addFolder('Школы');
  const addSchool = (id: string, name: string, failed: number) =>
    drive.addWorkbook(
      folderId,
      schoolWorkbook({
        school: name,
        fileName: name,
        id,
        results: [{ school: name, year: 2024, procedure: 'ОГЭ математика', participants: 30, failed }],
      }),
    );
  addSchool('school-0002-abcdefghij', 'МБОУ СОШ № 2', 1);
  addSchool('school-0008-abcdefghij', 'МБОУ ООШ № 8', 2);
  const curator = new FakeSpreadsheet('Сводка куратора', 'curator-0001');
  curator.addSheet('Настройки', [
    ['Параметр', 'Значение'],
    ['Дата отчёта', '20.11.2024'],
    ['Папка школ', `https://drive.google.com/drive/folders/${folderId}`],
  ]);
  const { fake, sandbox } = load(curator, drive.globals(), () => clock.now());
  return { curator, drive, clock, fake, sandbox, addSchool, folderId };
}

describe('fault injection through the bundle: every menu action failing at each of its calls', () => {
  type State = Record<string, { values: CellValue[][]; formulas: Record<string, string> }>;
  const stateOf = (spreadsheet: FakeSpreadsheet): State =>
    Object.fromEntries(
      spreadsheet.sheets.map((s) => [s.getNameUncounted(), { values: s.values(), formulas: s.formulas() }]),
    );

  /** A school workbook a person has worked on: data, a title row and a note column on «ШНОР». */
  function worked() {
    const spreadsheet = new FakeSpreadsheet();
    const setup = load(spreadsheet);
    setup.sandbox.call('menuCreateTemplate');
    spreadsheet.sheet('Результаты ОП').load([[...RESULTS_HEADER, 'Низкий результат'], ...RESULTS]);
    setup.sandbox.call('menuRecalculateAll');
    const shnor = spreadsheet.sheet('ШНОР');
    const table = shnor.values();
    shnor.load([
      ['К совещанию', ...Array<CellValue>(table[0]!.length).fill('')],
      [...table[0]!, 'Заметка'],
      ...table.slice(1).map((row) => [...row, `про ${row[0]}`]),
    ]);
    spreadsheet
      .sheet('Результаты ОП')
      .load([
        [...RESULTS_HEADER, 'Низкий результат'],
        ...RESULTS,
        ['МАОУ лицей № 1', 2024, 'ОГЭ математика', 60, 30, ''],
      ]);
    setup.fake.ui.alerts.length = 0;
    setup.fake.ui.dialogs.length = 0;
    return setup;
  }

  // The справка's element-by-element Doc calls all fail the same way as its first Doc call (inside
  // the action's frame): swept once each kind, not 200 times.
  const DOC_ELEMENTS =
    /^(Body|Paragraph|Text|ListItem|Table|TableRow|DataTableBuilder|LineChartBuilder|InlineImage|Element)\./;
  it.each([
    'menuIdentifyLowResultSchools',
    'menuAssessRiskProfile',
    'menuRefreshStatuses',
    'menuRecalculateAll',
    'menuImportResults',
    'menuCreateTemplate',
    'menuEnableDailyRefresh',
    'menuOpenDashboard',
    'menuHelp',
    'menuCheckInstallation',
    'menuBuildReport',
  ])(
    '%s',
    (name) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const reference = worked();
      const before = stateOf(reference.spreadsheet);
      reference.fake.calls.reset();
      reference.sandbox.call(name);
      const after = stateOf(reference.spreadsheet);
      const log = reference.fake.calls.log.filter((call) => SWEPT.test(call));
      const seen = new Set<string>();
      let told = 0;
      for (let n = 1; n <= log.length; n++) {
        const kind = log[n - 1]!.split('.')[0]!;
        if (DOC_ELEMENTS.test(log[n - 1]!) && seen.has(kind)) continue;
        seen.add(kind);
        const attempt = worked();
        const where = `${name}, failing call ${n} of ${log.length} (${log[n - 1]})`;
        attempt.fake.calls.reset();
        attempt.fake.calls.failOn(n, SWEPT);
        expect(() => attempt.sandbox.call(name), where).not.toThrow();
        const failed = stateOf(attempt.spreadsheet);
        for (const sheet of Object.keys(failed)) {
          const same = (other: State) => JSON.stringify(failed[sheet]) === JSON.stringify(other[sheet]);
          if (!same(before) && !same(after))
            expect(failed[sheet], `${where}: «${sheet}»`).toEqual(after[sheet]);
        }
        const alerts = attempt.fake.ui.alerts;
        expect(alerts.length, where).toBeLessThanOrEqual(1);
        told += alerts.length;
        for (const alert of alerts) {
          expect(alert.prompt, where).toMatch(RUSSIAN);
          expect(alert.prompt, where).not.toMatch(ENGLISH);
          // Google's own words went to the Executions log, and only there.
          expect(attempt.fake.logs.join('\n'), where).toContain('timed out');
        }
        attempt.sandbox.call(name);
        expect(stateOf(attempt.spreadsheet), `${where}, then clean`).toEqual(after);
      }
      // The sweep did make the action fail where the user is told (not only at quiet toasts).
      if (!['menuHelp', 'menuCheckInstallation'].includes(name)) expect(told, name).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('issue 11 through the bundle: input tolerance', () => {
  const identify = (header: CellValue[][]) => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', [['Параметр', 'Значение']]);
    spreadsheet.addSheet('Результаты ОП', [...header, ...RESULTS]);
    const { sandbox } = load(spreadsheet);
    sandbox.call('menuIdentifyLowResultSchools');
    return spreadsheet;
  };
  const top = RESULTS_HEADER.slice(0, 4);

  it('«Получили двойки»: 1 ШНОР, not 0', () => {
    const spreadsheet = identify([[...top, 'Получили двойки', 'Доля «2», %']]);
    expect(spreadsheet.toasts.at(-1)).toContain('ШНОР: 1');
    expect(
      spreadsheet
        .sheet('ШНОР')
        .values()
        .find((r) => r[0] === 'МБОУ СОШ № 7')?.[2],
    ).toBe('Да');
  });

  it('«Получили» above «2»: read joined, 1 ШНОР, and the journal says how it was read', () => {
    const spreadsheet = identify([
      [...top, 'Получили', 'Доля «2», %'],
      ['', '', '', '', '2', ''],
    ]);
    expect(spreadsheet.toasts.at(-1)).toContain('ШНОР: 1');
    expect(spreadsheet.toasts.at(-1)).not.toContain('замечаний нет');
    expect(journal(spreadsheet).map((r) => r[4])).toContain(
      'Заголовок записан в двух строках («Получили» над «2») и прочитан как «Получили «2»»',
    );
  });

  it('a column no name fits: a journal line with the accepted names, never a silent «нет данных»', () => {
    const spreadsheet = identify([[...top, 'Неуд.', 'Доля «2», %']]);
    const line = journal(spreadsheet).find((r) => r[2] === 'Получили «2»');
    expect(line?.[4]).toContain('Не найден столбец «Получили «2»» (подходят названия:');
    expect(spreadsheet.toasts.at(-1)).not.toContain('замечаний нет');
  });

  it.each([
    ['a setting given twice', [['Дата отчёта', '01.12.2024']], 'Дата отчёта'],
    ['Минимум участников 10⁹', [['Минимум участников', 1e9]], 'Минимум участников'],
    ['a report date in 1900', [['Дата отчёта', '01.01.1900']], 'Дата отчёта'],
    ['«31.02»', [['Окончание учебного года', '31.02']], 'Окончание учебного года'],
    [
      'a programme that ends before it starts',
      [['Окончание программы', '31.12.2023']],
      'Окончание программы',
    ],
  ])('%s: named in the journal, the default used, the toast counts it', (_name, extra, setting) => {
    const spreadsheet = new FakeSpreadsheet();
    const { sandbox } = load(spreadsheet);
    sandbox.call('menuCreateTemplate');
    const settings = spreadsheet.sheet('Настройки');
    const twice = setting === 'Дата отчёта' && extra[0]![1] === '01.12.2024';
    const rows = settings.values().map((row) => {
      if (row[0] === setting && !twice) return [row[0]!, extra[0]![1]!];
      if (row[0] === 'Дата отчёта') return [row[0]!, '20.11.2024'];
      if (row[0] === 'Начало программы') return [row[0]!, '01.01.2024'];
      if (row[0] === 'Окончание программы' && setting !== 'Окончание программы')
        return [row[0]!, '31.12.2025'];
      return row;
    });
    settings.load(twice ? [...rows, ...extra] : rows);

    sandbox.call('menuRefreshStatuses');

    const lines = journal(spreadsheet).filter((r) => r[0] === 'Настройки');
    expect(lines.length, JSON.stringify(journal(spreadsheet))).toBeGreaterThanOrEqual(1);
    expect(lines.map((r) => String(r[3]) + String(r[4])).join(' ')).toContain(setting);
    expect(spreadsheet.toasts.at(-1)).toMatch(/замечаний: [1-9]/);
    // The settings sheet itself is the user's: never written.
    expect(settings.values()).toEqual(twice ? [...rows, ...extra] : rows);
    // …and the statuses are those of the setting left blank (its default).
    const blank = new FakeSpreadsheet();
    const other = load(blank);
    other.sandbox.call('menuCreateTemplate');
    blank.sheet('Настройки').load(rows.map((row) => (row[0] === setting ? [row[0]!, ''] : row)));
    other.sandbox.call('menuRefreshStatuses');
    for (const name of ['Дорожная карта', 'Целевые показатели'])
      expect(spreadsheet.sheet(name).values(), name).toEqual(blank.sheet(name).values());
  });

  it('«Дорожная  карта» (two spaces): found by «Обновить статусы», no second sheet from the template, read the same by the curator', () => {
    const { curator, sandbox, drive, folderId } = curatorWorkbook();
    const school = schoolWorkbook({
      school: 'МБОУ СОШ № 9',
      fileName: 'СОШ 9',
      id: 'school-0009-abcdefghij',
      roadmap: [{ measure: 'Семинар', deadline: 'Март 2024', done: false }],
    });
    school.sheet('Дорожная карта').setName('Дорожная  карта');
    drive.addWorkbook(folderId, school);

    // The school side.
    const own = load(school);
    own.sandbox.call('menuRefreshStatuses');
    expect(school.toasts.at(-1)).toContain('просрочено: 1');
    own.sandbox.call('menuCreateTemplate');
    expect(school.sheetNames().filter((n) => n.replace(/\s+/g, ' ') === 'Дорожная карта')).toEqual([
      'Дорожная  карта',
    ]);

    // The curator side reads the same sheet: one measure, overdue, no «sheet missing».
    sandbox.call('menuRefreshFolderSummary');
    const summary = curator.sheet('Сводка').values();
    const header = summary[0]!;
    const row = summary.find((r) => String(r[1]).includes('school-0009'))!;
    expect(row[header.indexOf('Мероприятий')]).toBe(1);
    expect(row[header.indexOf('Просрочено')]).toBe(1);
    expect(String(row[header.indexOf('Ошибка')])).not.toContain('Дорожная');
  });

  it('the template’s example rows name no real school; beside real data the journal says so', () => {
    const spreadsheet = new FakeSpreadsheet();
    const { sandbox } = load(spreadsheet);
    sandbox.call('menuCreateTemplate');
    const results = spreadsheet.sheet('Результаты ОП').values();
    const names = new Set(
      spreadsheet.sheets
        .flatMap((s) =>
          s
            .values()
            .slice(1)
            .map((r) => String(r[0])),
        )
        .filter((n) => /№/.test(n)),
    );
    for (const name of names) expect(name).toMatch(/^Пример: школа № \d+$/);
    expect(code).not.toContain('МБОУ СОШ № 2');
    sandbox.call('menuIdentifyLowResultSchools');
    expect(journal(spreadsheet).filter((r) => String(r[4]).includes('пример из шаблона'))).toEqual([]);
    spreadsheet
      .sheet('Результаты ОП')
      .load([...results, ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 30, 10, '']]);
    sandbox.call('menuIdentifyLowResultSchools');
    expect(journal(spreadsheet).filter((r) => String(r[4]).includes('пример из шаблона'))).toHaveLength(1);
  });
});

describe('issue 11 through the bundle: every failure is one Russian sentence', () => {
  it.each([
    ['an invalid Date', new Date(Number.NaN)],
    ['the year 275760', new Date(8.64e15)],
  ])('%s in a deadline: «Обновить статусы» and the dashboard go on, the cell is journaled', (_name, date) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const spreadsheet = new FakeSpreadsheet();
    const { sandbox, fake } = load(spreadsheet);
    sandbox.call('menuCreateTemplate');
    const roadmap = spreadsheet.sheet('Дорожная карта');
    const rows = roadmap.values();
    const deadline = rows[0]!.indexOf('Срок');
    roadmap.load([
      ...rows,
      rows[2]!.map((cell, i) => (i === 1 ? 'Мероприятие с датой' : i === deadline ? date : cell)),
    ]);

    sandbox.call('menuRefreshStatuses');

    expect(fake.ui.alerts).toEqual([]);
    expect(spreadsheet.toasts.at(-1)).toMatch(/Мероприятий выполнено/);
    expect(journal(spreadsheet).some((r) => r[0] === 'Дорожная карта' && r[1] === rows.length + 1)).toBe(
      true,
    );
    const dashboard = sandbox.call('getDashboard') as { state?: string };
    expect(JSON.stringify(dashboard)).not.toMatch(ENGLISH);
    expect(JSON.stringify(dashboard)).not.toContain('Invalid');
  });

  it.each([
    ['tryLock', 'Lock timeout: another process was holding the lock for too long.'],
    ['tryLock', 'Service error: LockService'],
    ['releaseLock', 'Service error: LockService'],
  ])(
    'a throwing %s (%s): one Russian sentence or a done action, never an English exception',
    (method, text) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const spreadsheet = new FakeSpreadsheet();
      const { sandbox, fake } = load(spreadsheet);
      sandbox.call('menuCreateTemplate');
      const lock = fake.documentLock as unknown as Record<string, () => unknown>;
      lock[method] = () => {
        throw new Error(text);
      };
      for (const name of ['menuIdentifyLowResultSchools', 'menuRefreshStatuses', 'menuRecalculateAll']) {
        fake.ui.alerts.length = 0;
        expect(() => sandbox.call(name), name).not.toThrow();
        if (method === 'tryLock') {
          expect(fake.ui.alerts, name).toHaveLength(1);
          expect(fake.ui.alerts[0]!.prompt, name).toMatch(RUSSIAN);
          expect(fake.ui.alerts[0]!.prompt, name).not.toMatch(ENGLISH);
        } else {
          expect(fake.ui.alerts, name).toEqual([]);
        }
      }
    },
  );

  it.each([
    [
      'TypeError',
      () => new TypeError("Cannot read properties of undefined (reading 'valueRanges')"),
      /непредвиденн/,
    ],
    [
      'Internal Error',
      () =>
        new Error(
          'GoogleJsonResponseException: API call to sheets.spreadsheets.values.batchGet failed with error: Internal Error',
        ),
      /временно не ответил.*обновите сводку ещё раз/,
    ],
    [
      'a permission error',
      () =>
        new Error(
          'GoogleJsonResponseException: API call to sheets.spreadsheets.values.batchGet failed with error: The caller does not have permission',
        ),
      /доступ/,
    ],
    [
      'a file gone',
      () =>
        new Error(
          'GoogleJsonResponseException: API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
        ),
      /не найден/,
    ],
  ])(
    'a school file failing with %s: its «Ошибка» is Russian with the right step; the others are read',
    (_name, error, says) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { curator, drive, fake, sandbox } = curatorWorkbook();
      const batchGet = drive.sheets.Spreadsheets.Values.batchGet;
      drive.sheets.Spreadsheets.Values.batchGet = (id: string, args: Record<string, unknown>) => {
        if (id === 'school-0008-abcdefghij') throw error();
        return batchGet(id, args);
      };
      sandbox.call('menuRefreshFolderSummary');
      const summary = curator.sheet('Сводка').values();
      const errorAt = summary[0]!.indexOf('Ошибка');
      const failed = summary.find((r) => String(r[1]).includes('school-0008'))!;
      expect(String(failed[errorAt])).toMatch(says);
      expect(String(failed[errorAt])).not.toMatch(ENGLISH);
      expect(String(failed[errorAt])).not.toMatch(/Internal|permission|entity/);
      const good = summary.find((r) => String(r[1]).includes('school-0002'))!;
      // Read (its only remark is the data's own: no 2023 results for criterion 2).
      expect(String(good[errorAt])).not.toMatch(says);
      expect(good[summary[0]!.indexOf('ШНОР')]).not.toBe('');
      expect(fake.ui.alerts).toEqual([]);
    },
  );

  it('a protected «ШНОР» (Google refuses the write): one Russian sentence asking the owner, nothing lost', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Результаты ОП', [[...RESULTS_HEADER, 'Низкий результат'], ...RESULTS]);
    const { sandbox, fake } = load(spreadsheet);
    sandbox.call('menuIdentifyLowResultSchools');
    const sheet = spreadsheet.sheet('ШНОР');
    const before = sheet.values();
    const getRange = sheet.getRange.bind(sheet);
    sheet.getRange = (...args: Parameters<typeof sheet.getRange>) => {
      const range = getRange(...args);
      range.setValues = () => {
        throw new Error(
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
        );
      };
      return range;
    };
    // New results: «ШНОР» has something new to say.
    spreadsheet
      .sheet('Результаты ОП')
      .load([
        [...RESULTS_HEADER, 'Низкий результат'],
        ...RESULTS,
        ['МАОУ лицей № 1', 2024, 'ОГЭ математика', 60, 30, ''],
      ]);
    sandbox.call('menuIdentifyLowResultSchools');
    expect(fake.ui.alerts).toHaveLength(1);
    expect(fake.ui.alerts[0]!.prompt).toContain('попросите');
    expect(fake.ui.alerts[0]!.prompt).not.toMatch(/непредвиденн|protected|owner/);
    expect(sheet.values()).toEqual(before);
  });

  it('a problem fixed after a run whose journal read failed is gone from the journal at the next run', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const prepared = () => {
      const spreadsheet = new FakeSpreadsheet();
      const setup = load(spreadsheet);
      setup.sandbox.call('menuCreateTemplate');
      const roadmap = spreadsheet.sheet('Дорожная карта');
      const rows = roadmap.values();
      const deadline = rows[0]!.indexOf('Срок');
      const good = rows[2]![deadline]!;
      roadmap.load(
        rows.map((row, i) => (i === 2 ? row.map((c, j) => (j === deadline ? 'когда-нибудь' : c)) : row)),
      );
      setup.sandbox.call('menuRefreshStatuses');
      expect(journal(spreadsheet).some((r) => r[3] === 'когда-нибудь')).toBe(true);
      // Another action's line, and the user's title row and note column on the journal: the
      // statuses' line goes, so the new block is smaller than the old one.
      spreadsheet.sheet('Результаты ОП').load([[...RESULTS_HEADER, 'Низкий результат'], ...RESULTS.slice(1)]);
      setup.sandbox.call('menuIdentifyLowResultSchools');
      const sheet = spreadsheet.sheet(JOURNAL);
      const lines = sheet.values();
      sheet.load([
        ['Разобрать до пятницы', ...lines[0]!.map(() => '')],
        [...lines[0]!, 'Кто исправит'],
        ...lines.slice(1).map((row) => [...row, row[0] === 'Выявить ШНОР' ? 'Петрова' : '']),
      ]);
      // The user fixes the deadline.
      roadmap.load(rows.map((row, i) => (i === 2 ? row.map((c, j) => (j === deadline ? good : c)) : row)));
      return setup;
    };
    const reference = prepared();
    reference.fake.calls.reset();
    reference.sandbox.call('menuRefreshStatuses');
    const clean = journal(reference.spreadsheet);
    expect(clean.some((r) => r[3] === 'когда-нибудь')).toBe(false);
    const calls = reference.fake.calls.log.filter((n) => !n.startsWith('ScriptApp.requireScopes')).length;
    for (let n = 1; n <= calls; n++) {
      const attempt = prepared();
      attempt.fake.calls.reset();
      attempt.fake.calls.failOn(n, /^(?!ScriptApp\.requireScopes)/);
      attempt.sandbox.call('menuRefreshStatuses');
      const sheet = attempt.spreadsheet.sheet(JOURNAL).values();
      expect(sheet[0]![0], `failing call ${n}: the title row`).toBe('Разобрать до пятницы');
      expect(
        sheet.filter((row) => row[0] === 'Выявить ШНОР').map((row) => row.at(-1)),
        `failing call ${n}: the note with its line`,
      ).toEqual(['Петрова']);
      attempt.sandbox.call('menuRefreshStatuses');
      expect(journal(attempt.spreadsheet), `failing call ${n}`).toEqual(clean);
    }
  }, 60_000);

  it.each(['SUCCESS_RATE', 'QUALITY_RATE', 'SOU', 'MEAN_MARK'])(
    '%s on huge counts: a finite share, never NaN',
    (name) => {
      const { sandbox } = load();
      const max = Number.MAX_VALUE;
      for (const args of [
        [max, max, max, max, max],
        [1e308, 1e308, 0, 0, 0],
        [Number.MAX_SAFE_INTEGER + 2, 1, 1, 1, 0],
        [
          [[max], [1]],
          [[max], [1]],
          [[max], [1]],
          [[max], [1]],
          [[max], [0]],
        ],
      ]) {
        const answer = sandbox.call(name, ...(name === 'MEAN_MARK' ? args.slice(0, 4) : args));
        const cells = Array.isArray(answer) ? answer.flat() : [answer];
        for (const cell of cells) {
          expect(typeof cell, `${name}(${String(args)})`).toBe('number');
          expect(Number.isFinite(cell), `${name}(${String(args)}) = ${String(cell)}`).toBe(true);
        }
      }
    },
  );

  it('the menu’s toast counts a file not read apart from schools read with questions about their data', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { curator, drive, sandbox, folderId } = curatorWorkbook();
    const broken = drive.addWorkbook(
      folderId,
      schoolWorkbook({ school: 'МБОУ СОШ № 5', fileName: 'СОШ 5', id: 'broken-0005-abcdefghij' }),
    );
    drive.denyAccess(broken);
    sandbox.call('menuRefreshFolderSummary');
    // Two schools read (each with a remark: no 2023 results), one file not read.
    expect(curator.toasts.at(-1)).toContain('прочитано файлов: 2 из 3');
    expect(curator.toasts.at(-1)).toContain('не прочитано: 1, школ с вопросами к данным: 2');
    expect(curator.toasts.at(-1)).not.toContain('прочитано 3 файла');
  });

  it('the curator sidebar’s chunked collection: read-with-remarks schools are read, no dialog ever opens', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { drive, fake, sandbox, folderId } = curatorWorkbook();
    drive.addWorkbook(
      folderId,
      schoolWorkbook({
        school: 'МАОУ лицей № 1',
        fileName: 'Лицей 1',
        id: 'school-0001-abcdefghij',
        without: ['Дорожная карта'],
      }),
    );
    const broken = drive.addWorkbook(
      folderId,
      schoolWorkbook({ school: 'МБОУ СОШ № 5', fileName: 'СОШ 5', id: 'broken-0005-abcdefghij' }),
    );
    drive.denyAccess(broken);
    let step = sandbox.call('collectFolderSummaryChunk', true) as {
      done: boolean;
      schools: number;
      errors: { file: string }[];
      remarks?: { file: string; message: string }[];
      message: string;
    };
    for (let i = 0; !step.done && i < 20; i++)
      step = sandbox.call('collectFolderSummaryChunk', false) as typeof step;
    expect(step.done).toBe(true);
    expect(step.schools).toBe(3);
    expect(step.errors.map((e) => e.file)).toEqual(['СОШ 5']);
    // Every school read is counted, those with remarks too; the unread one is apart.
    expect(step.remarks?.map((r) => r.file)).toContain('МАОУ лицей № 1');
    expect(step.remarks?.map((r) => r.file)).not.toContain('СОШ 5');
    expect(step.message).not.toContain('0 школ');
    expect(step.message).toMatch(RUSSIAN);
    expect(fake.ui.alerts).toEqual([]);
    expect(fake.ui.dialogs.filter((d) => d.kind === 'modal')).toEqual([]);
    // A busy document: the sentence comes back to the sidebar, still no dialog.
    fake.documentLock.tryLock = () => false;
    const busy = sandbox.call('collectFolderSummaryChunk', true) as typeof step;
    expect(busy.message).toMatch(RUSSIAN);
    expect(fake.ui.alerts).toEqual([]);
  });
});

describe('«Проверить установку» through the bundle, line by line against PRODUCT.md §12', () => {
  type Spoil = (setup: { fake: ReturnType<typeof createFakeGlobals>; spreadsheet: FakeSpreadsheet }) => void;

  /** The dialog's lines after the template and the daily trigger, spoiled as given. */
  function check(spoil: Spoil = () => {}, options: { zone?: string; services?: boolean } = {}) {
    const spreadsheet = new FakeSpreadsheet('Школа', 'school-check-0001', options.zone ?? 'Europe/Moscow');
    const drive = new FakeDrive();
    const fake = createFakeGlobals({
      spreadsheet,
      htmlLoader: distHtmlLoader,
      extra: options.services === false ? {} : drive.globals(),
    });
    const sandbox = runInSandbox(code, fake.globals, { now: () => NOW });
    sandbox.call('menuCreateTemplate');
    sandbox.call('menuEnableDailyRefresh');
    spoil({ fake, spreadsheet });
    const before = JSON.stringify(spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()]));
    const triggers = fake.triggers.length;
    fake.ui.alerts.length = 0;
    sandbox.call('menuCheckInstallation');
    // It changes nothing.
    expect(JSON.stringify(spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()]))).toBe(before);
    expect(fake.triggers).toHaveLength(triggers);
    expect(fake.ui.alerts).toHaveLength(1);
    const lines = fake.ui.alerts[0]!.prompt.split('\n').filter((l) => /^[✓✗] /.test(l));
    return { lines, prompt: fake.ui.alerts[0]!.prompt };
  }
  const line = (lines: readonly string[], topic: string) => lines.find((l) => l.slice(2).startsWith(topic));

  it('a complete installation: each topic of §12 in its order, every line «работает», the settings as read', () => {
    const { lines } = check();
    const topics = [
      'Разрешение «Просмотр и изменение таблиц',
      'Разрешение «Просмотр, изменение, создание и удаление документов Google»',
      'Расширенная служба Drive',
      'Расширенная служба Sheets',
      'Ежедневное обновление статусов',
      'Часовой пояс',
      'Региональные настройки',
      'Лист «Настройки»',
      'Лист «Целевые показатели»',
      'Настройки:',
    ];
    const at = topics.map((topic) => lines.findIndex((l) => l.slice(2).startsWith(topic)));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(lines),
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const l of lines) expect(l.startsWith('✓ '), l).toBe(true);
    for (const l of lines.filter((l) => !l.startsWith('✓ Настройки:'))) expect(l).toMatch(/работает$/);
    expect(line(lines, 'Настройки:')).toMatch(
      /прочитаны: .*Порог низкого результата, %: 30;.*Минимум участников: 1/,
    );
  });

  it.each<[string, Spoil, { zone?: string; services?: boolean }, string, RegExp]>([
    [
      'the documents scope declined',
      ({ fake }) => {
        fake.declinedScopes = ['https://www.googleapis.com/auth/documents'];
      },
      {},
      'Разрешение «Просмотр, изменение, создание и удаление документов Google»',
      /не работает: «Сформировать справку».* — выберите в меню «Сформировать справку»/,
    ],
    [
      'the Drive metadata scope declined',
      ({ fake }) => {
        fake.declinedScopes = ['https://www.googleapis.com/auth/drive.metadata.readonly'];
      },
      {},
      'Разрешение «Просмотр информации о файлах на Google Диске»',
      /не работает: .*— выберите в меню «Обновить сводку по папке»/,
    ],
    ['no advanced services', () => {}, { services: false }, 'Расширенная служба Drive', / — /],
    [
      'no daily trigger',
      ({ fake }) => {
        (fake.triggers as unknown[]).length = 0;
      },
      {},
      'Ежедневное обновление статусов',
      /— выберите в меню «Включить ежедневное обновление»/,
    ],
    ['another time zone', () => {}, { zone: 'Asia/Yekaterinburg' }, 'Часовой пояс', / — /],
    [
      'an en_US spreadsheet',
      ({ spreadsheet }) => {
        spreadsheet.locale = 'en_US';
      },
      {},
      'Региональные настройки',
      / — /,
    ],
    [
      'a deleted input sheet',
      ({ spreadsheet }) => {
        spreadsheet.sheets.splice(
          spreadsheet.sheets.findIndex((s) => s.getNameUncounted() === 'Кластеры'),
          1,
        );
      },
      {},
      'Лист «Кластеры»',
      /нет в таблице — выберите в меню «Создать листы шаблона»/,
    ],
    [
      'a header it no longer finds',
      ({ spreadsheet }) => {
        spreadsheet.sheet('Целевые показатели').putFormula(1, 3, '', 'База');
      },
      {},
      'Лист «Целевые показатели»',
      /не найдены заголовки «Базовое значение»/,
    ],
    [
      'a user «Статус» beside the template’s (its statuses are written nowhere)',
      ({ spreadsheet }) => {
        spreadsheet.sheet('Целевые показатели').putFormula(1, 6, '', 'Статус');
      },
      {},
      'Лист «Целевые показатели»',
      /«Статус» встречается 2 раза.*не заполняет.* — Переименуйте свой столбец/,
    ],
    [
      '«Выполнено» renamed (every measure counted as not done)',
      ({ spreadsheet }) => {
        const roadmap = spreadsheet.sheet('Дорожная карта');
        roadmap.putFormula(1, 1 + roadmap.values()[0]!.indexOf('Выполнено'), '', 'Сделано?');
      },
      {},
      'Лист «Дорожная карта»',
      /Не найден столбец «Выполнено».*невыполненными.* — Назовите столбец «Выполнено»/,
    ],
    [
      'a setting given twice',
      ({ spreadsheet }) => {
        const settings = spreadsheet.sheet('Настройки');
        settings.load([...settings.values(), ['Минимум участников', 5]]);
      },
      {},
      'Настройки',
      /«Минимум участников» указан 2 раза.* — Оставьте параметр/,
    ],
  ])('%s: that one line says what is wrong and the one step', (_name, spoil, options, topic, says) => {
    const { lines, prompt } = check(spoil, options);
    const wrong = lines.filter((l) => l.startsWith('✗ '));
    expect(
      wrong.map((l) => l.slice(2).startsWith(topic)),
      prompt,
    ).toContain(true);
    expect(line(wrong, topic)).toMatch(says);
    for (const l of wrong) expect(l, l).toMatch(/ — /);
    expect(prompt).not.toMatch(ENGLISH);
  });
});

describe('fault injection through the bundle: the curator’s Drive and Sheets calls, the menu and the sidebar', () => {
  type Step = { done: boolean; message: string; errors: { message: string }[] };

  it.each(['menuRefreshFolderSummary', 'collectFolderSummaryChunk'])(
    '%s: a Drive or Sheets call failing at any index keeps the notes, says one Russian sentence, a re-run completes',
    (name) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const prepared = () => {
        const setup = curatorWorkbook();
        setup.sandbox.call('menuRefreshFolderSummary');
        const sheet = setup.curator.sheet('Сводка');
        const table = sheet.values();
        sheet.load([[...table[0]!, 'Заметки'], ...table.slice(1).map((row) => [...row, `выезд: ${row[0]}`])]);
        setup.clock.advance(24 * 3600 * 1000);
        setup.addSchool('school-0005-abcdefghij', 'МБОУ СОШ № 5', 20);
        setup.fake.ui.alerts.length = 0;
        return setup;
      };
      const run = (setup: ReturnType<typeof prepared>): Step | undefined => {
        if (name === 'menuRefreshFolderSummary') {
          setup.sandbox.call(name);
          return undefined;
        }
        let step = setup.sandbox.call(name, true) as Step;
        for (let i = 0; !step.done && i < 10; i++) step = setup.sandbox.call(name, false) as Step;
        return step;
      };
      const notes = (curator: FakeSpreadsheet) => summaryNotes(curator, 1);
      const reference = prepared();
      const expected = notes(reference.curator);
      reference.drive.calls.reset();
      run(reference);
      const calls = reference.drive.calls.log.length;
      expect(calls).toBeGreaterThan(3);
      for (let n = 1; n <= calls; n++) {
        const attempt = prepared();
        const where = `${name}, failing Drive/Sheets call ${n} (${reference.drive.calls.log[n - 1]})`;
        attempt.drive.calls.reset();
        attempt.drive.calls.failOn(n, SWEPT);
        let step: Step | undefined;
        expect(() => {
          step = run(attempt);
        }, where).not.toThrow();
        expect(notes(attempt.curator), where).toEqual(expected);
        if (name === 'collectFolderSummaryChunk') {
          expect(attempt.fake.ui.alerts, `${where}: no dialog over the sidebar`).toEqual([]);
          expect(step!.message, where).toMatch(RUSSIAN);
          expect(JSON.stringify(step), where).not.toMatch(ENGLISH);
        } else {
          expect(attempt.fake.ui.alerts.length, where).toBeLessThanOrEqual(1);
          for (const alert of attempt.fake.ui.alerts) expect(alert.prompt, where).not.toMatch(ENGLISH);
        }
        const errorAt = SUMMARY_HEADERS.indexOf('Ошибка');
        for (const row of attempt.curator.sheet('Сводка').values().slice(1))
          expect(String(row[errorAt]), where).not.toMatch(ENGLISH);
        run(attempt);
        expect(notes(attempt.curator), `${where}, then clean`).toEqual(expected);
        expect(attempt.curator.sheet('Сводка').values(), `${where}, then clean`).toHaveLength(4);
      }
    },
    60_000,
  );
});

describe('fault injection through the bundle: the sidebars’ calls', () => {
  it.each<[string, unknown[]]>([
    ['getDashboard', []],
    ['runDashboardAction', ['refreshStatuses']],
    ['getCuratorView', []],
    ['collectFolderSummaryChunk', [true]],
  ])(
    '%s failing at any spreadsheet call: a value or one Russian sentence, never a dialog',
    (name, args) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const prepared = () => {
        const setup = curatorWorkbook();
        setup.sandbox.call('menuCreateTemplate');
        setup.fake.ui.alerts.length = 0;
        return setup;
      };
      const reference = prepared();
      reference.fake.calls.reset();
      reference.sandbox.call(name, ...args);
      const calls = reference.fake.calls.log.filter((call) => SWEPT.test(call)).length;
      for (let n = 1; n <= calls; n++) {
        const attempt = prepared();
        const where = `${name}, failing call ${n} of ${calls}`;
        attempt.fake.calls.reset();
        attempt.fake.calls.failOn(n, SWEPT);
        let answer: unknown;
        try {
          answer = attempt.sandbox.call(name, ...args);
        } catch (error) {
          answer = { thrown: (error as Error).message };
          expect((error as Error).message, where).toMatch(RUSSIAN);
        }
        expect(JSON.stringify(answer), where).not.toMatch(ENGLISH);
        expect(attempt.fake.ui.alerts, `${where}: no dialog over the sidebar`).toEqual([]);
      }
    },
    60_000,
  );
});

describe('the custom functions of the bundle on odd cells', () => {
  const ODD: unknown[] = [
    new Date(Number.NaN),
    new Date(8.64e15),
    `${'1'.repeat(50_000)}x`,
    '9'.repeat(50_000),
    Number.MAX_VALUE,
    -1,
    'abc',
    '',
    [
      [new Date(Number.NaN), 'x'],
      [1e308, ''],
    ],
  ];
  const FUNCTIONS: Record<string, number> = {
    SHNOR_LOW: 3,
    RISK_LEVEL: 3,
    ROADMAP_DUE: 2,
    ROADMAP_STATUS: 4,
    TARGET_PROGRESS: 3,
    TARGET_STATUS: 3,
    SUCCESS_RATE: 5,
    QUALITY_RATE: 5,
    SOU: 5,
    MEAN_MARK: 4,
    CLUSTER_TREND: 2,
    SHNOR_IDENTIFY: 1,
  };
  it.each(Object.entries(FUNCTIONS))(
    '%s answers or explains in Russian; never NaN, never English',
    (name, arity) => {
      const { sandbox } = load();
      for (const odd of ODD) {
        for (let at = 0; at < arity; at++) {
          const args = Array.from({ length: arity }, (_, i) => (i === at ? odd : 1));
          const where = `${name} with ${String(odd).slice(0, 20)} as argument ${at + 1}`;
          try {
            const answer = sandbox.call(name, ...args);
            const cells = Array.isArray(answer) ? answer.flat(2) : [answer];
            for (const cell of cells) {
              if (typeof cell === 'number') expect(Number.isFinite(cell), where).toBe(true);
              if (cell instanceof Date) expect(Number.isNaN(cell.getTime()), where).toBe(false);
              if (typeof cell === 'string') expect(cell, where).not.toMatch(ENGLISH);
            }
          } catch (error) {
            const message = (error as Error).message;
            expect(message, where).toMatch(RUSSIAN);
            expect(message, where).not.toMatch(ENGLISH);
            expect(message.length, where).toBeLessThan(600);
          }
        }
      }
    },
  );
});

describe('fault injection through the bundle: the daily trigger', () => {
  it('dailyStatusRefresh failing at any call never throws (a trigger’s exception mails Google’s English)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const prepared = () => {
      const setup = load();
      setup.sandbox.call('menuCreateTemplate');
      setup.fake.uiAvailable = false;
      return setup;
    };
    const reference = prepared();
    reference.fake.calls.reset();
    reference.sandbox.call('dailyStatusRefresh');
    const after = reference.spreadsheet.sheet('Дорожная карта').values();
    const calls = reference.fake.calls.log.filter((call) => SWEPT.test(call)).length;
    expect(calls).toBeGreaterThan(5);
    for (let n = 1; n <= calls; n++) {
      const attempt = prepared();
      attempt.fake.calls.reset();
      attempt.fake.calls.failOn(n, SWEPT);
      expect(() => attempt.sandbox.call('dailyStatusRefresh'), `failing call ${n}`).not.toThrow();
      attempt.sandbox.call('dailyStatusRefresh');
      expect(attempt.spreadsheet.sheet('Дорожная карта').values(), `failing call ${n}, then clean`).toEqual(
        after,
      );
    }
  }, 60_000);
});
