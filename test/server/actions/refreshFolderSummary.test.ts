import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { summaryMessages as m } from '../../../src/core/messages/summary';
import { CURSOR_PROPERTY } from '../../../src/core/summary/collectionCursor';
import { SUMMARY_HEADERS } from '../../../src/core/summary/summaryEntry';
import { SETTINGS_SHEET } from '../../../src/core/template/sheets';
import {
  type CollectProgress,
  collectFolderSummary,
  refreshFolderSummary,
} from '../../../src/server/actions/refreshFolderSummary';
import { MIME } from '../../../src/server/adapters/driveFolder';
import { createFakeContext, type FakeContext } from '../../fakes/fakeContext';
import { FakeClock, FakeDrive } from '../../fakes/fakeDrive';
import { schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const HOSTILE_FILE = '=IMPORTXML("http://x";"//a")';
const HOSTILE_SCHOOL = '<img src=x onerror=alert(1)>';

function curatorWorkbook(folder: string, reportDate: CellValue = '20.11.2024'): FakeSpreadsheet {
  const workbook = new FakeSpreadsheet('Сводка куратора', 'curator-workbook-0001');
  workbook.addSheet(SETTINGS_SHEET.name, [
    ['Параметр', 'Значение'],
    ['Муниципалитет', 'Энский район'],
    ['Дата отчёта', reportDate],
    ['Папка школ', folder],
  ]);
  return workbook;
}

function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}?usp=sharing`;
}

type CaseName = 'school2' | 'school8' | 'partial' | 'foreign' | 'hostile' | 'broken' | 'excel';

interface Setup<K extends string = CaseName> {
  readonly drive: FakeDrive;
  readonly folderId: string;
  readonly curator: FakeSpreadsheet;
  readonly context: FakeContext;
  readonly ids: Readonly<Record<K, string>>;
}

/** A folder with the cases of PRODUCT.md §7: good, broken, foreign, hostile, Excel. */
function setUp(options: { msPerRead?: number; readQuota?: number } = {}): Setup {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const drive = new FakeDrive({ clock, ...options });
  const folderId = drive.addFolder('ШНОР — школы района');
  const ids = {} as Record<CaseName, string>;
  ids.school2 = drive.addWorkbook(
    folderId,
    schoolWorkbook({ school: 'МБОУ СОШ № 2', fileName: 'СОШ 2 — мониторинг', id: 'school-0002-abcdefghij' }),
  );
  ids.school8 = drive.addWorkbook(
    folderId,
    schoolWorkbook({ school: '', fileName: 'МБОУ ООШ № 8', id: 'school-0008-abcdefghij' }),
  );
  ids.partial = drive.addWorkbook(
    folderId,
    schoolWorkbook({
      school: 'МАОУ лицей № 1',
      fileName: 'Лицей 1',
      id: 'school-0001-abcdefghij',
      without: ['Дорожная карта', 'Кластеры'],
    }),
  );
  const foreign = new FakeSpreadsheet('Бюджет 2024', 'foreign-0001-abcdefghij');
  foreign.addSheet('Лист1', [
    ['Статья', 'Сумма'],
    ['Канцтовары', 1200],
  ]);
  ids.foreign = drive.addWorkbook(folderId, foreign);
  ids.hostile = drive.addWorkbook(
    folderId,
    schoolWorkbook({ school: HOSTILE_SCHOOL, fileName: HOSTILE_FILE, id: 'hostile-001-abcdefghij' }),
  );
  ids.broken = drive.addWorkbook(
    folderId,
    schoolWorkbook({ school: 'МБОУ СОШ № 5', fileName: 'СОШ 5', id: 'broken-0005-abcdefghij' }),
  );
  drive.denyAccess(ids.broken);
  ids.excel = drive.addFile(folderId, 'СОШ 7.xlsx', MIME.excel);
  drive.addFile(folderId, 'Приказ.pdf', 'application/pdf');
  const curator = curatorWorkbook(folderUrl(folderId));
  const context: FakeContext = { ...createFakeContext(curator), now: () => clock.now() };
  return { drive, folderId, curator, context, ids };
}

function summaryRows(curator: FakeSpreadsheet): CellValue[][] {
  return curator.sheet('Сводка').values().slice(1);
}

function rowOf(curator: FakeSpreadsheet, fileId: string): CellValue[] {
  const row = summaryRows(curator).find((r) => String(r[1]).includes(fileId));
  if (!row) throw new Error(`no row for ${fileId}`);
  return row;
}

const col = (header: string): number => SUMMARY_HEADERS.indexOf(header);

describe('«Обновить сводку по папке»', () => {
  it('lists every spreadsheet of the folder with a link, and names each file that could not be summarised', () => {
    const { drive, curator, context, ids } = setUp();

    const result = refreshFolderSummary(context, drive.port());

    expect(result.ok).toBe(true);
    const sheet = curator.sheet('Сводка');
    expect(sheet.values()[0]).toEqual(SUMMARY_HEADERS);
    expect(summaryRows(curator)).toHaveLength(7);
    expect(rowOf(curator, ids.school2)[col('Школа')]).toBe('МБОУ СОШ № 2');
    expect(rowOf(curator, ids.school2)[col('Файл')]).toBe(
      `https://docs.google.com/spreadsheets/d/${ids.school2}/edit`,
    );
    expect(rowOf(curator, ids.school8)[col('Школа')]).toBe('МБОУ ООШ № 8');
    expect(rowOf(curator, ids.foreign)[col('Ошибка')]).toBe(m.notTemplate);
    expect(rowOf(curator, ids.broken)[col('Ошибка')]).toBe(m.noAccess);
    expect(rowOf(curator, ids.excel)[col('Ошибка')]).toBe(m.excelFile);
    expect(String(rowOf(curator, ids.partial)[col('Ошибка')])).toContain(m.missingSheet('Дорожная карта'));
    expect(rowOf(curator, ids.school2)[col('Обновлено')]).toEqual(new Date('2024-11-20T09:00:00+03:00'));
    expect(curator.toasts.at(-1)).toContain('Сводка обновлена: прочитано файлов: 4 из 7');
    expect(context.documentProperties.getProperty(CURSOR_PROPERTY)).toBeNull();
  });

  it('fills a school’s numbers from its input cells, dates and checkboxes as the Sheets API gives them', () => {
    const { drive, folderId, curator, context } = setUp();
    const moscow = (iso: string): Date => new Date(`${iso}T00:00:00+03:00`);
    const id = drive.addWorkbook(
      folderId,
      schoolWorkbook({
        school: 'МБОУ СОШ № 3',
        fileName: 'СОШ 3',
        id: 'school-0003-abcdefghij',
        results: [
          { school: 'МБОУ СОШ № 3', year: 2023, procedure: 'ВПР, мат., 5 кл.', participants: 30, failed: 10 },
          { school: 'МБОУ СОШ № 3', year: 2024, procedure: 'ОГЭ (математика)', participants: 20, failed: 6 },
        ],
        roadmap: [
          { measure: 'Семинар', deadline: moscow('2024-03-01'), done: false, status: 'Выполнено' },
          {
            measure: 'Диагностика',
            deadline: 'до 13.03.2024',
            done: true,
            doneDate: moscow('2024-03-12'),
            documentLink: 'https://x',
          },
          { measure: 'Курсы', deadline: 'Май-июнь 2025', done: false },
        ],
      }),
    );
    refreshFolderSummary(context, drive.port());
    const row = rowOf(curator, id);
    expect(row.slice(0, 9)).toEqual([
      'МБОУ СОШ № 3',
      `https://docs.google.com/spreadsheets/d/${id}/edit`,
      'Да',
      '',
      3,
      1 / 3,
      1,
      0,
      '',
    ]);
    expect(row[col('Ошибка')]).toBe('');
    // ШНОР by criterion 2 and one overdue measure: it sorts first.
    expect(summaryRows(curator)[0]).toEqual(row);
  });

  it('keeps a hostile file name and school name as plain text: no formula anywhere', () => {
    const { drive, curator, context, ids } = setUp();
    refreshFolderSummary(context, drive.port());
    refreshFolderSummary(context, drive.port());

    expect(curator.sheet('Сводка').formulas()).toEqual({});
    expect(rowOf(curator, ids.hostile)[col('Школа')]).toBe(HOSTILE_SCHOOL);
    drive.renameFile(ids.school8, HOSTILE_FILE);
    refreshFolderSummary(context, drive.port());
    expect(rowOf(curator, ids.school8)[col('Школа')]).toBe(HOSTILE_FILE);
    expect(curator.sheet('Сводка').formulas()).toEqual({});
  });

  it('reads each file with at most 3 Sheets calls, a complete school workbook with one', () => {
    const { drive, context, ids } = setUp();
    refreshFolderSummary(context, drive.port());

    expect(drive.callsForFile(ids.school2)).toBe(1);
    expect(drive.callsForFile(ids.hostile)).toBe(1);
    expect(drive.callsForFile(ids.partial)).toBe(3);
    expect(drive.callsForFile(ids.foreign)).toBe(2);
    expect(drive.callsForFile(ids.excel)).toBe(0);
    for (const id of Object.values(ids)) expect(drive.callsForFile(id)).toBeLessThanOrEqual(3);
    expect(drive.calls.count('Drive.Files.list')).toBe(1);
    expect(drive.calls.count('Drive.Files.get')).toBe(1);
  });

  it('writes «Сводка» with one setValues and never per cell', () => {
    const { drive, curator, context } = setUp();
    refreshFolderSummary(context, drive.port());
    expect(curator.calls.count('Range.setValues')).toBeLessThanOrEqual(2); // «Сводка» + journal
    expect(curator.calls.countMatching(/\.setValue$/)).toBe(0);
    expect(curator.calls.count('Range.getValues')).toBeLessThanOrEqual(3); // settings, «Сводка», journal
  });

  it('keeps the curator’s own columns with their school across refreshes, whatever the new order', () => {
    const { drive, curator, context, ids } = setUp();
    refreshFolderSummary(context, drive.port());
    const sheet = curator.sheet('Сводка');
    const grid = sheet.values();
    const notesColumn = grid[0]!.length + 1;
    const notes = grid.map((row, i) => {
      if (i === 0) return ['Заметки куратора', 'Решение'];
      return String(row[1]).includes(ids.school8)
        ? ['Позвонить директору', "'=2+2 — уточнить"]
        : String(row[1]).includes(ids.foreign)
          ? ['Попросить убрать файл из папки', '']
          : ['', ''];
    });
    sheet.load(grid.map((row, i) => [...row, ...notes[i]!]));
    expect(sheet.values()[0]![notesColumn - 1]).toBe('Заметки куратора');

    refreshFolderSummary(context, drive.port());
    refreshFolderSummary(context, drive.port());

    const after = sheet.values();
    expect(after[0]).toEqual([...SUMMARY_HEADERS, 'Заметки куратора', 'Решение']);
    const school8 = rowOf(curator, ids.school8);
    expect(school8.slice(SUMMARY_HEADERS.length)).toEqual(['Позвонить директору', '=2+2 — уточнить']);
    expect(sheet.formulas()).toEqual({});
    const foreign = rowOf(curator, ids.foreign);
    expect(foreign.slice(SUMMARY_HEADERS.length)).toEqual(['Попросить убрать файл из папки', '']);
  });

  it('marks a school that left the folder instead of deleting its row and notes, and puts it last', () => {
    const { drive, folderId, curator, context, ids } = setUp();
    refreshFolderSummary(context, drive.port());
    const sheet = curator.sheet('Сводка');
    sheet.load(
      sheet
        .values()
        .map((row, i) => [
          ...row,
          i === 0 ? 'Заметки' : String(row[1]).includes(ids.school2) ? 'Выезд 12.12' : '',
        ]),
    );

    drive.removeFromFolder(ids.school2, folderId);
    refreshFolderSummary(context, drive.port());

    const rows = summaryRows(curator);
    expect(rows).toHaveLength(7);
    const left = rowOf(curator, ids.school2);
    expect(left[col('Ошибка')]).toBe(m.leftFolder);
    expect(left[col('Школа')]).toBe('МБОУ СОШ № 2');
    expect(left.at(-1)).toBe('Выезд 12.12');
    expect(String(rows.at(-1)![1])).toContain(ids.school2);
  });

  /** A folder of `count` complete school workbooks, each read with one call of `msPerRead`. */
  function uniformFolder(count: number, msPerRead: number): Setup<string> {
    const clock = new FakeClock('2024-11-20T09:00:00+03:00');
    const drive = new FakeDrive({ clock, msPerRead });
    const folderId = drive.addFolder('Школы');
    const ids: Record<string, string> = {};
    for (let i = 1; i <= count; i++) {
      const id = `school-${String(i).padStart(4, '0')}-abcdefghij`;
      ids[id] = drive.addWorkbook(
        folderId,
        schoolWorkbook({ school: `МБОУ СОШ № ${i}`, fileName: `СОШ ${i}`, id }),
      );
    }
    const curator = curatorWorkbook(folderUrl(folderId));
    return {
      drive,
      folderId,
      curator,
      context: { ...createFakeContext(curator), now: () => clock.now() },
      ids,
    };
  }

  it('needs ceil(total / N) runs when N files fit a run, and loses no file', () => {
    const total = 10;
    for (const perRun of [1, 3, 4, 10]) {
      const { drive, curator, context, ids } = uniformFolder(total, 1000);
      let runs = 0;
      let progress: CollectProgress;
      do {
        progress = collectFolderSummary(context, drive.port(), { budgetMs: perRun * 1000 }).progress;
        runs++;
        expect(progress.processed).toBe(Math.min(runs * perRun, total));
        if (!progress.finished) {
          expect(progress.message).toBe(m.paused(progress.processed, total));
          expect(context.documentProperties.getProperty(CURSOR_PROPERTY)).not.toBeNull();
        }
      } while (!progress.finished && runs < 20);
      expect(runs).toBe(Math.ceil(total / perRun));
      expect(summaryRows(curator)).toHaveLength(total);
      // Every file was read exactly once: nothing lost, nothing read twice.
      for (const id of Object.values(ids)) expect(drive.callsForFile(id)).toBe(1);
      expect(context.documentProperties.getProperty(CURSOR_PROPERTY)).toBeNull();
    }
  });

  it('says how many files are left when the budget runs out, and the next run continues', () => {
    const { drive, curator, context, ids } = uniformFolder(7, 1000);
    const first = collectFolderSummary(context, drive.port(), { budgetMs: 3000 });
    expect(first.progress).toMatchObject({ finished: false, processed: 3, total: 7 });
    expect(curator.toasts.at(-1)).toContain('Прочитано 3 из 7 файлов, осталось 4');
    expect(summaryRows(curator)).toHaveLength(3);

    const second = collectFolderSummary(context, drive.port(), { budgetMs: 60_000 });
    expect(second.progress).toMatchObject({ finished: true, processed: 7, total: 7 });
    for (const id of Object.values(ids)) expect(drive.callsForFile(id)).toBe(1);
  });

  it('does not start another file when the slowest one so far would overrun the budget', () => {
    const { drive, folderId, context } = uniformFolder(2, 1000);
    // Sorted first, and read with 3 calls: the roadmap sheet is missing.
    drive.addWorkbook(
      folderId,
      schoolWorkbook({
        school: 'Лицей',
        fileName: 'А-лицей',
        id: 'slow-000001-abcdefghij',
        without: ['Дорожная карта'],
      }),
    );
    const started = context.now().getTime();
    const run = collectFolderSummary(context, drive.port(), { budgetMs: 5000 });
    expect(run.progress).toMatchObject({ finished: false, processed: 1 });
    expect(context.now().getTime() - started).toBe(3000);
  });

  it('restarts cleanly when «Папка школ» changes mid-pass', () => {
    const { drive, curator, context } = setUp({ msPerRead: 1000 });
    collectFolderSummary(context, drive.port(), { budgetMs: 2000 });
    const other = drive.addFolder('Другая папка');
    drive.addWorkbook(
      other,
      schoolWorkbook({ school: 'МБОУ СОШ № 11', fileName: 'СОШ 11', id: 'school-0011-abcdefghij' }),
    );
    const settings = curator.sheet(SETTINGS_SHEET.name);
    settings.load(settings.values().map((row) => (row[0] === 'Папка школ' ? [row[0], other] : row)));

    const run = collectFolderSummary(context, drive.port(), { budgetMs: 60_000 });

    expect(run.progress).toMatchObject({ finished: true, processed: 1, total: 1 });
    const rows = summaryRows(curator);
    expect(rows[0]![col('Школа')]).toBe('МБОУ СОШ № 11');
    // The two files of the old folder read before the change are kept, marked.
    expect(rows.slice(1).every((row) => row[col('Ошибка')] === m.leftFolder)).toBe(true);
    expect(context.documentProperties.getProperty(CURSOR_PROPERTY)).toBeNull();
  });

  it('waits for the next minute at Google’s read quota and reads the whole folder in one run', () => {
    const { drive, curator, context } = setUp({ readQuota: 3, msPerRead: 1000 });
    const run = collectFolderSummary(context, drive.port());
    expect(run.progress).toMatchObject({ finished: true, processed: 7 });
    expect(summaryRows(curator).some((row) => String(row[col('Ошибка')]).includes('Quota'))).toBe(false);
  });

  it('stops at Google’s read quota when its budget leaves no time to wait, and the next run reads it', () => {
    const { drive, curator, context, ids } = setUp({ readQuota: 2 });
    // A sidebar chunk of 30 s: one 20 s wait fits, a second does not, and the quota is still spent.
    const first = collectFolderSummary(context, drive.port(), { budgetMs: 30_000 });
    expect(first.progress.finished).toBe(false);
    expect(first.progress.message).toBe(m.quotaPaused(first.progress.processed, 7));
    expect(summaryRows(curator).some((row) => String(row[col('Ошибка')]).includes('Quota'))).toBe(false);

    drive.newMinute();
    drive.readQuota = Number.POSITIVE_INFINITY;
    const second = collectFolderSummary(context, drive.port());
    expect(second.progress).toMatchObject({ finished: true, processed: 7 });
    expect(rowOf(curator, ids.school2)[col('Школа')]).toBe('МБОУ СОШ № 2');
  });

  it('is idempotent: a second refresh gives the same sheet except the time it was read', () => {
    const { drive, curator, context } = setUp();
    refreshFolderSummary(context, drive.port());
    const withoutStamp = (): CellValue[][] =>
      curator
        .sheet('Сводка')
        .values()
        .map((row) => row.filter((_, i) => i !== col('Обновлено')));
    const first = withoutStamp();
    refreshFolderSummary(context, drive.port());
    expect(withoutStamp()).toEqual(first);
  });

  it('skips the curator’s own workbook when it lies in the same folder', () => {
    const { drive, folderId, curator, context } = setUp();
    drive.addWorkbook(folderId, curator);
    refreshFolderSummary(context, drive.port());
    expect(summaryRows(curator).some((row) => String(row[1]).includes(curator.getId()))).toBe(false);
  });

  it.each([
    ['', m.folderMissing],
    ['папка у Ивановой', m.folderUnreadable],
    [folderUrl('missing-folder-0001'), m.folderNotFound(m.folderNoAccess)],
  ])('explains a «Папка школ» of %j and writes nothing', (value, problem) => {
    const { drive, context, curator } = setUp();
    const settings = curator.sheet(SETTINGS_SHEET.name);
    settings.load(settings.values().map((row) => (row[0] === 'Папка школ' ? [row[0], value] : row)));

    const { result, progress } = collectFolderSummary(context, drive.port());

    expect(result.ok).toBe(true);
    expect(progress.message).toContain(problem);
    expect(context.ui.alerts.at(-1)?.message).toContain(problem);
    expect(curator.hasSheet('Сводка')).toBe(false);
    expect(curator.sheet('Журнал проверки').values()[1]).toContain(problem);
  });

  it('explains a link to a file instead of a folder', () => {
    const { drive, context, curator, ids } = setUp();
    const settings = curator.sheet(SETTINGS_SHEET.name);
    const link = `https://docs.google.com/spreadsheets/d/${ids.school2}/edit`;
    settings.load(settings.values().map((row) => (row[0] === 'Папка школ' ? [row[0], link] : row)));
    const { progress } = collectFolderSummary(context, drive.port());
    expect(progress.message).toContain(m.notAFolder('СОШ 2 — мониторинг'));
  });

  it('refuses to overwrite a «Сводка» sheet that holds something else', () => {
    const { drive, context, curator } = setUp();
    curator.addSheet('Сводка', [['Мой план на неделю'], ['понедельник']]);
    const { result } = collectFolderSummary(context, drive.port());
    expect(result.ok).toBe(false);
    expect(result.message).toContain(m.summaryOccupied);
    expect(curator.sheet('Сводка').values()).toEqual([['Мой план на неделю'], ['понедельник']]);
  });
});
