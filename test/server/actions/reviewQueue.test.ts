// «Очередь проверки» filled by «Обновить сводку по папке» over the fake Drive (PRODUCT.md §7):
// every reason on its row, links that open the right sheet and row, trash told from deletion,
// exactly one Drive check per document across a stop and resume, the curator's notes kept.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { reviewReasons as r, reviewMessages } from '../../../src/core/messages/review';
import { QUEUE_COLUMN, QUEUE_HEADERS } from '../../../src/core/review/queueSheet';
import { SUMMARY_HEADERS } from '../../../src/core/summary/summaryEntry';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { collectFolderSummary } from '../../../src/server/actions/refreshFolderSummary';
import { type RowOf, schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import type { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { type CuratorFolder, curatorFolder } from './curatorFolder';

type RoadmapRow = RowOf<(typeof ROADMAP_SHEET.columns)[number]['key']>;

const QUEUE = 'Очередь проверки';
const PROGRAMME = { 'Начало программы': '01.01.2024', 'Окончание программы': '31.12.2024' };
const fileLink = (id: string): string => `https://drive.google.com/file/d/${id}/view?usp=sharing`;

const folder = (drive: { msPerRead?: number; msPerMetadata?: number } = {}) => curatorFolder({ drive });

function addSchool(
  f: CuratorFolder,
  id: string,
  school: string,
  roadmap: readonly RoadmapRow[],
): FakeSpreadsheet {
  const workbook = schoolWorkbook({ id, school, fileName: school, settings: PROGRAMME, roadmap });
  f.drive.addWorkbook(f.folderId, workbook);
  return workbook;
}

function queueRows(curator: FakeSpreadsheet): CellValue[][] {
  return curator.sheet(QUEUE).values().slice(1);
}

const at = (row: readonly CellValue[], header: string): CellValue => row[QUEUE_HEADERS.indexOf(header)]!;

function runToEnd(f: CuratorFolder, budgetMs: number): number {
  let runs = 0;
  for (let done = false; !done && runs < 50; runs++) {
    done = collectFolderSummary(f.context, f.drive.port(), { budgetMs, toast: false }).progress.finished;
  }
  return runs;
}

describe('«Очередь проверки»', () => {
  it('puts every reason of §7 on its measure’s row, with a link to that very row', () => {
    const f = folder();
    const present = f.drive.addDocument('Протокол педсовета.pdf');
    const trashed = f.drive.addDocument('Приказ.pdf');
    const deleted = f.drive.addDocument('Отчёт.docx');
    const sentBackDoc = f.drive.addDocument('Справка.pdf');
    f.drive.trashFile(trashed);
    f.drive.deleteFile(deleted);
    const accepted = { done: true, doneDate: '01.03.2024', curatorDecision: 'Принято' } as const;
    const id = 'school-0007-abcdefghij';
    const workbook = addSchool(f, id, 'МБОУ СОШ № 7', [
      { measure: 'Школьный уровень' },
      {
        number: '1',
        measure: 'Педсовет',
        deadline: 'Март 2024',
        done: true,
        documentLink: fileLink(present),
      },
      { number: '2', measure: 'Без ссылки', deadline: 'Март 2024', ...accepted },
      {
        number: '3',
        measure: 'Удалённый',
        deadline: 'Март 2024',
        ...accepted,
        documentLink: fileLink(deleted),
      },
      {
        number: '4',
        measure: 'В корзине',
        deadline: 'Март 2024',
        ...accepted,
        documentLink: fileLink(trashed),
      },
      {
        number: '5',
        measure: 'На сайте',
        deadline: 'Март 2024',
        ...accepted,
        documentLink: 'https://sosh7.ru/p.pdf',
      },
      { number: '6', measure: 'Не сделано', deadline: 'Март 2024' },
      { number: '7', measure: 'Скоро срок', deadline: '25.11.2024' },
      {
        number: '8',
        measure: 'Возвращено',
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'На доработку',
        documentLink: fileLink(sentBackDoc),
      },
      {
        number: '9',
        measure: 'Всё в порядке',
        deadline: 'Март 2024',
        ...accepted,
        documentLink: fileLink(present),
      },
    ]);

    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const gid = workbook.sheet(ROADMAP_SHEET.name).getSheetIdUncounted();
    const rows = queueRows(f.curator);
    expect(f.curator.sheet(QUEUE).values()[0]).toEqual(QUEUE_HEADERS);
    expect(rows.map((row) => [at(row, '№'), at(row, 'Что проверить')])).toEqual([
      ['1', r.awaitingDecision],
      ['2', r.noDocument],
      ['3', reviewMessages.unavailable],
      ['4', r.documentTrashed],
      ['5', r.notDriveFile],
      ['6', r.overdue],
      ['7', r.dueSoon],
      ['8', r.sentBack],
    ]);
    // Sheet row = the measure's place in the school file: header on row 1, the heading on row 2.
    rows.forEach((row, i) => {
      expect(at(row, 'Строка')).toBe(
        `https://docs.google.com/spreadsheets/d/${id}/edit#gid=${gid}&range=A${i + 3}`,
      );
      expect(workbook.sheet(ROADMAP_SHEET.name).values()[i + 2]![1]).toBe(at(row, 'Мероприятие'));
    });
    expect(at(rows[0]!, 'Документ')).toBe(`https://drive.google.com/open?id=${present}`);
    expect(at(rows[1]!, 'Документ')).toBe('');
    expect(at(rows[4]!, 'Документ')).toBe('');
    expect(at(rows[5]!, 'Статус')).toBe('Просрочено');
    expect(at(rows[5]!, 'Срок (дата)')).toEqual(new Date('2024-03-31T00:00:00+03:00'));
    // ≤ 3 Sheets reads for the file (values, then the sheet ids), one Drive call per document.
    expect(f.drive.callsForFile(id)).toBeLessThanOrEqual(3);
    for (const doc of [present, trashed, deleted, sentBackDoc]) expect(f.drive.driveGetsFor(doc)).toBe(1);
    expect(f.drive.calls.count('Drive.Files.get')).toBe(5); // 4 documents + the folder itself
  });

  it('tells a trashed document from a deleted one and from one the curator may not open', () => {
    const f = folder();
    const trashed = f.drive.addDocument('Приказ.pdf');
    const deleted = f.drive.addDocument('Отчёт.pdf');
    f.drive.trashFile(trashed);
    f.drive.deleteFile(deleted);
    const accepted = { deadline: 'Март 2024', done: true, curatorDecision: 'Принято' } as const;
    addSchool(f, 'school-0001-abcdefghij', 'МБОУ СОШ № 1', [
      { number: '1', measure: 'A', ...accepted, documentLink: fileLink(trashed) },
      { number: '2', measure: 'B', ...accepted, documentLink: fileLink(deleted) },
    ]);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    const reasons = queueRows(f.curator).map((row) => at(row, 'Что проверить'));
    expect(reasons).toEqual([r.documentTrashed, reviewMessages.unavailable]);
    expect(reasons[0]).not.toBe(reasons[1]);
  });

  it('checks every document exactly once across runs that stop on the time budget', () => {
    const f = folder({ msPerRead: 1000, msPerMetadata: 400 });
    const docs: string[] = [];
    for (let s = 1; s <= 6; s++) {
      const links = [1, 2, 3].map((k) => {
        const doc = f.drive.addDocument(`Документ ${s}.${k}.pdf`);
        docs.push(doc);
        if (k === 2) f.drive.trashFile(doc);
        return doc;
      });
      addSchool(
        f,
        `school-${String(s).padStart(4, '0')}-abcdefghij`,
        `МБОУ СОШ № ${s}`,
        links.map((doc, k) => ({
          number: String(k + 1),
          measure: `Мероприятие ${k + 1}`,
          deadline: 'Март 2024',
          done: true,
          documentLink: fileLink(doc),
        })),
      );
    }

    const runs = runToEnd(f, 3000);

    expect(runs).toBeGreaterThan(2);
    for (const doc of docs) expect(f.drive.driveGetsFor(doc)).toBe(1);
    const rows = queueRows(f.curator);
    expect(rows).toHaveLength(18);
    expect(
      rows.filter((row) => at(row, 'Что проверить') === `${r.awaitingDecision}; ${r.documentTrashed}`),
    ).toHaveLength(6);

    // The same folder read in one go gives the same queue.
    const whole = folder();
    for (const doc of docs) whole.drive.addDocument('x', 'application/pdf', doc);
    for (const doc of docs.filter((_, i) => i % 3 === 1)) whole.drive.trashFile(doc);
    for (let s = 1; s <= 6; s++) {
      const links = docs.slice((s - 1) * 3, s * 3);
      addSchool(
        whole,
        `school-${String(s).padStart(4, '0')}-abcdefghij`,
        `МБОУ СОШ № ${s}`,
        links.map((doc, k) => ({
          number: String(k + 1),
          measure: `Мероприятие ${k + 1}`,
          deadline: 'Март 2024',
          done: true,
          documentLink: fileLink(doc),
        })),
      );
    }
    expect(runToEnd(whole, 270_000)).toBe(1);
    expect(queueRows(whole.curator)).toEqual(rows);
  });

  it('checks a document two schools link once in a run', () => {
    const f = folder();
    const order = f.drive.addDocument('Приказ управления образования.pdf');
    for (const s of [1, 2]) {
      addSchool(f, `school-000${s}-abcdefghij`, `МБОУ СОШ № ${s}`, [
        { number: '1', measure: 'Приказ', deadline: 'Март 2024', done: true, documentLink: fileLink(order) },
      ]);
    }
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    expect(f.drive.driveGetsFor(order)).toBe(1);
    expect(queueRows(f.curator)).toHaveLength(2);
  });

  it('asks Drive once in a pass for a document two schools read in different runs link', () => {
    const f = folder({ msPerRead: 1000, msPerMetadata: 400 });
    const order = f.drive.addDocument('Приказ управления образования.pdf');
    f.drive.trashFile(order);
    for (const s of [1, 2, 3]) {
      addSchool(f, `school-000${s}-abcdefghij`, `МБОУ СОШ № ${s}`, [
        { number: '1', measure: 'Приказ', deadline: 'Март 2024', done: true, documentLink: fileLink(order) },
      ]);
    }
    expect(runToEnd(f, 2000)).toBeGreaterThan(1);
    expect(f.drive.driveGetsFor(order)).toBe(1);
    expect(queueRows(f.curator).map((row) => at(row, 'Что проверить'))).toEqual(
      Array(3).fill(`${r.awaitingDecision}; ${r.documentTrashed}`),
    );
  });

  it('keeps the curator’s notes with their school and measure across refreshes', () => {
    const f = folder();
    const id = 'school-0003-abcdefghij';
    const workbook = addSchool(f, id, 'МБОУ СОШ № 3', [
      { number: '1', measure: 'Педсовет', deadline: 'Март 2024', done: true },
      { number: '2', measure: 'Семинар', deadline: 'Март 2024' },
    ]);
    addSchool(f, 'school-0001-abcdefghij', 'МБОУ СОШ № 1', [
      { number: '1', measure: 'Педсовет', deadline: 'Март 2024' },
    ]);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    const sheet = f.curator.sheet(QUEUE);
    const first = sheet.values();
    const width = QUEUE_HEADERS.length;
    // The curator adds a notes column and writes on СОШ № 3's «Семинар».
    const seminar = first.findIndex(
      (row) => row[QUEUE_COLUMN.measure] === 'Семинар' && String(row[0]).includes('№ 3'),
    );
    sheet.getRange(1, width + 1).setValues([['Заметка куратора']]);
    sheet.getRange(seminar + 1, width + 1).setValues([['позвонила 21.11']]);

    // The school inserts a row above and finishes «Педсовет»'s evidence: rows move, one drops out.
    const roadmap = workbook.sheet(ROADMAP_SHEET.name);
    const values = roadmap.values();
    const doc = f.drive.addDocument('Протокол.pdf');
    values.splice(
      1,
      0,
      ROADMAP_SHEET.columns.map((c) => (c.key === 'measure' ? 'Школьный уровень' : '')),
    );
    values[2]![ROADMAP_SHEET.columns.findIndex((c) => c.key === 'documentLink')] = fileLink(doc);
    values[2]![ROADMAP_SHEET.columns.findIndex((c) => c.key === 'curatorDecision')] = 'Принято';
    roadmap.getRange(1, 1, values.length, values[0]!.length).setValues(values);
    f.drive.clock.advance(60_000);

    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const after = sheet.values();
    expect(after[0]![width]).toBe('Заметка куратора');
    const seminarAfter = after.find((row) => row[QUEUE_COLUMN.measure] === 'Семинар')!;
    expect(seminarAfter[width]).toBe('позвонила 21.11');
    expect(String(seminarAfter[QUEUE_COLUMN.rowLink])).toMatch(/range=A4$/);
    expect(after.filter((row) => row[QUEUE_COLUMN.measure] === 'Педсовет')).toHaveLength(1);
    expect(after.find((row) => row[QUEUE_COLUMN.measure] === 'Педсовет')![width] ?? '').toBe('');
  });

  it('adds «Ждут решения», «Файл изменён» and «Изменил» to «Сводка» from the same listing', () => {
    const f = folder();
    const id = 'school-0004-abcdefghij';
    addSchool(f, id, 'МБОУ СОШ № 4', [
      { number: '1', measure: 'A', deadline: 'Март 2024', done: true },
      { number: '2', measure: 'B', deadline: 'Март 2024', done: true, curatorDecision: 'Принято' },
      { number: '3', measure: 'C', deadline: 'Март 2024', done: true, curatorDecision: 'На доработку' },
    ]);
    const quiet = new Date('2024-10-11T08:15:00Z');
    f.drive.touchFile(id, quiet, 'Иванова Мария');
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    const summary = f.curator.sheet('Сводка').values();
    const headers = summary[0]!;
    expect(headers.slice(8, 12)).toEqual([
      'Показателей достигнуто',
      'Ждут решения',
      'Файл изменён',
      'Изменил',
    ]);
    expect(headers).toEqual(SUMMARY_HEADERS);
    const row = summary[1]!;
    expect(row[headers.indexOf('Ждут решения')]).toBe(1);
    expect(row[headers.indexOf('Файл изменён')]).toEqual(quiet);
    expect(row[headers.indexOf('Изменил')]).toBe('Иванова Мария');
    expect(f.drive.calls.count('Drive.Files.list')).toBe(1);
  });

  it('never lets a school’s text become a formula in the queue', () => {
    const f = folder();
    addSchool(f, 'hostile-001-abcdefghij', '=IMPORTXML("http://x";"//a")', [
      // Typed as text in the school's file (a leading apostrophe), so its value starts with «=».
      { number: "'=1+1", measure: `'=HYPERLINK("http://evil";"Открыть")`, deadline: 'Март 2024' },
    ]);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    // Written as text (the apostrophe Sheets hides): the cells read back as typed, none a formula.
    const row = queueRows(f.curator)[0]!;
    expect(at(row, 'Мероприятие')).toBe('=HYPERLINK("http://evil";"Открыть")');
    expect(at(row, 'Школа')).toBe('=IMPORTXML("http://x";"//a")');
    expect(f.curator.sheet(QUEUE).formulas()).toEqual({});
  });

  it('keeps a note whose measure left the queue below it, marked, and keeps a school’s rows while its file fails', () => {
    const f = folder();
    const id = 'school-0005-abcdefghij';
    const workbook = addSchool(f, id, 'МБОУ СОШ № 5', [
      { number: '1', measure: 'Педсовет', deadline: 'Март 2024', done: true },
      { number: '2', measure: 'Семинар', deadline: 'Март 2024' },
    ]);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    const sheet = f.curator.sheet(QUEUE);
    const width = QUEUE_HEADERS.length;
    const row = sheet.values().findIndex((r) => r[QUEUE_COLUMN.measure] === 'Педсовет') + 1;
    sheet.getRange(1, width + 1).setValues([['Заметка']]);
    sheet.getRange(row, width + 1).setValues([['принять после звонка']]);

    // The curator accepts «Педсовет» in the school's file (with a document): it leaves the queue.
    const doc = f.drive.addDocument('Протокол.pdf');
    const roadmap = workbook.sheet(ROADMAP_SHEET.name);
    const col = (key: string): number => ROADMAP_SHEET.columns.findIndex((c) => c.key === key) + 1;
    roadmap.getRange(2, col('documentLink')).setValues([[fileLink(doc)]]);
    roadmap.getRange(2, col('curatorDecision')).setValues([['Принято']]);
    f.drive.clock.advance(60_000);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const kept = sheet.values().find((r) => r[width] === 'принять после звонка')!;
    expect(kept[QUEUE_COLUMN.measure]).toBe('Педсовет');
    expect(kept[QUEUE_COLUMN.reasons]).toBe(reviewMessages.keptForNotes);

    // The school's file fails to open: its queue rows stay as the last read left them.
    f.drive.denyAccess(id);
    f.drive.clock.advance(60_000);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    const after = sheet.values();
    expect(after.find((r) => r[QUEUE_COLUMN.measure] === 'Семинар')?.[QUEUE_COLUMN.reasons]).toBe(r.overdue);
    expect(after.filter((r) => r[width] === 'принять после звонка')).toHaveLength(1);
  });

  it('gives the due date of a row kept for a note the date format, even in a row no earlier run formatted', () => {
    const f = folder();
    const workbook = addSchool(f, 'school-0006-abcdefghij', 'МБОУ СОШ № 6', [
      { number: '1', measure: 'Педсовет', deadline: 'Март 2024', done: true },
    ]);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });
    const sheet = f.curator.sheet(QUEUE);
    const width = QUEUE_HEADERS.length;
    sheet.getRange(1, width + 1).setValues([['Заметка']]);
    sheet.getRange(2, width + 1).setValues([['принять после звонка']]);

    // «Педсовет» is accepted with its document (it leaves the queue) and two overdue measures come
    // in: the kept row goes below them, to row 4, which the first run (one row) never formatted.
    const roadmap = workbook.sheet(ROADMAP_SHEET.name);
    const values = roadmap.values();
    const col = (key: string): number => ROADMAP_SHEET.columns.findIndex((c) => c.key === key);
    values[1]![col('documentLink')] = fileLink(f.drive.addDocument('Протокол.pdf'));
    values[1]![col('curatorDecision')] = 'Принято';
    for (const [number, measure] of [
      ['2', 'Семинар'],
      ['3', 'Практикум'],
    ] as const) {
      values.push(
        ROADMAP_SHEET.columns.map((c) =>
          c.key === 'number'
            ? number
            : c.key === 'measure'
              ? measure
              : c.key === 'deadline'
                ? 'Март 2024'
                : c.key === 'done'
                  ? false
                  : '',
        ),
      );
    }
    roadmap.getRange(1, 1, values.length, values[0]!.length).setValues(values);
    f.drive.clock.advance(60_000);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const after = sheet.values();
    const keptRow = after.findIndex((r) => r[width] === 'принять после звонка') + 1;
    expect(keptRow).toBe(4);
    expect(sheet.getRange(keptRow, QUEUE_COLUMN.due + 1).getNumberFormats()).toEqual([['dd.MM.yyyy']]);
  });

  it('checks a document linked behind a word (=HYPERLINK, Insert → Link) in the same read as the sheet id', () => {
    const f = folder();
    const trashed = f.drive.addDocument('Протокол.pdf');
    const present = f.drive.addDocument('Приказ.pdf');
    f.drive.trashFile(trashed);
    const id = 'school-0009-abcdefghij';
    const workbook = addSchool(f, id, 'МБОУ СОШ № 9', [
      { number: '1', measure: 'В корзине', deadline: 'Март 2024', done: true, curatorDecision: 'Принято' },
      { number: '2', measure: 'На месте', deadline: 'Март 2024', done: true, curatorDecision: 'Принято' },
      {
        number: '3',
        measure: 'Только название',
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'Принято',
        documentLink: 'Протокол педсовета',
      },
    ]);
    const column = ROADMAP_SHEET.columns.findIndex((c) => c.key === 'documentLink') + 1;
    const roadmap = workbook.sheet(ROADMAP_SHEET.name);
    roadmap.putFormula(2, column, `=HYPERLINK("${fileLink(trashed)}";"Протокол № 3")`, 'Протокол № 3');
    roadmap.putFormula(3, column, `=HYPERLINK("${fileLink(present)}";"Приказ")`, 'Приказ');

    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const rows = queueRows(f.curator);
    expect(rows.map((row) => [at(row, '№'), at(row, 'Что проверить'), at(row, 'Документ')])).toEqual([
      ['1', r.documentTrashed, `https://drive.google.com/open?id=${trashed}`],
      ['3', r.notDriveFile, ''],
    ]);
    expect(f.drive.driveGetsFor(trashed)).toBe(1);
    expect(f.drive.driveGetsFor(present)).toBe(1);
    // One batchGet, one spreadsheets.get for the sheet id and the links behind the words.
    expect(f.drive.callsForFile(id)).toBe(2);
  });
});
