// The fault-injection tier for «Очередь проверки» (PRODUCT.md §13): «Обновить сводку по папке»
// failing at each call of the curator's workbook in turn leaves «Очередь проверки» and «Сводка»
// each as before or as after a clean run, the curator's notes in the queue with their measure, and a
// clean re-run completes both.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/cells/cellValue';
import { QUEUE_COLUMN, QUEUE_HEADERS } from '../../src/core/review/queueSheet';
import { SUMMARY_HEADERS } from '../../src/core/summary/summaryEntry';
import { ROADMAP_SHEET } from '../../src/core/template/sheets';
import { refreshFolderSummary } from '../../src/server/actions/refreshFolderSummary';
import { createFakeContext, type FakeContext } from '../fakes/fakeContext';
import { FakeClock, FakeDrive } from '../fakes/fakeDrive';
import { schoolWorkbook } from '../fakes/fakeSchoolWorkbook';
import { type FaultRun, sweepAction, sweepWorkbook, type WorkbookState } from './sweep';

const QUEUE = 'Очередь проверки';
const NOTE = 'Заметка куратора';

function queueSetUp(): FaultRun {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const drive = new FakeDrive({ clock });
  const folderId = drive.addFolder('ШНОР — школы района');
  const trashed = drive.addDocument('Приказ.pdf', 'application/pdf', '1TrashedOrder000001');
  drive.trashFile(trashed);
  const link = `https://drive.google.com/file/d/${trashed}/view`;
  const school = (id: string, name: string) =>
    schoolWorkbook({
      id,
      school: name,
      fileName: name,
      settings: { 'Начало программы': '01.01.2024', 'Окончание программы': '31.12.2024' },
      roadmap: [
        { number: '1', measure: 'Педсовет', deadline: 'Март 2024', done: true, documentLink: link },
        { number: '2', measure: 'Семинар', deadline: 'Март 2024' },
      ],
    });
  drive.addWorkbook(folderId, school('school-0002-abcdefghij', 'МБОУ СОШ № 2'));
  const late = school('school-0008-abcdefghij', 'МБОУ ООШ № 8');
  drive.addWorkbook(folderId, late);
  const curator = sweepWorkbook('Сводка куратора', 'curator-workbook-0001');
  curator.addSheet('Настройки', [
    ['Параметр', 'Значение'],
    ['Дата отчёта', '20.11.2024'],
    ['Папка школ', `https://drive.google.com/drive/folders/${folderId}`],
  ]);
  const context: FakeContext = { ...createFakeContext(curator), now: () => clock.now() };
  refreshFolderSummary(context, drive.port());
  // The curator writes a note on every queue row.
  const queue = curator.sheet(QUEUE);
  queue.load(
    queue.values().map((row, i) => [...row, i === 0 ? NOTE : `звонок: ${row[QUEUE_COLUMN.measure]}`]),
  );
  // A day later ООШ № 8 inserts a heading above its measures: the queue rows move in its file.
  clock.advance(24 * 3600 * 1000);
  const roadmap = late.sheet(ROADMAP_SHEET.name);
  const values = roadmap.values();
  values.splice(
    1,
    0,
    ROADMAP_SHEET.columns.map((c) => (c.key === 'measure' ? 'Школьный уровень' : '')),
  );
  roadmap.load(values);
  // «Обновлено» of a re-run after a failure is a second later: every other cell is the same.
  const updated = SUMMARY_HEADERS.indexOf('Обновлено');
  const comparable = (state: WorkbookState): WorkbookState => {
    const summary = state['Сводка'];
    if (!summary) return state;
    const rows = summary.values.map((row) =>
      row.map((c, j) => (j === updated && c instanceof Date ? 'stamp' : c)),
    );
    return { ...state, Сводка: { ...summary, values: rows } };
  };
  return {
    spreadsheet: curator,
    context,
    run: () => refreshFolderSummary(context, drive.port()),
    comparable,
  };
}

describe('fault injection: «Очередь проверки» under «Обновить сводку по папке»', () => {
  it('a failure anywhere leaves each sheet as before or as after, the notes with their measures', () => {
    const report = sweepAction(queueSetUp);
    const after = report.after[QUEUE]!.values;
    expect(after[0]).toEqual([...QUEUE_HEADERS, NOTE]);
    const width = QUEUE_HEADERS.length;
    for (const row of after.slice(1)) expect(row[width]).toBe(`звонок: ${row[QUEUE_COLUMN.measure]}`);
    const moved = after.filter((row: CellValue[]) =>
      String(row[QUEUE_COLUMN.rowLink]).includes('school-0008'),
    );
    expect(moved.map((row) => String(row[QUEUE_COLUMN.rowLink]).replace(/.*range=/, ''))).toEqual([
      'A3',
      'A4',
    ]);
    expect(report.calls).toBeGreaterThan(5);
    // A sweep runs the action twice per call: slow on a shared machine, not a speed check.
  }, 60_000);
});
