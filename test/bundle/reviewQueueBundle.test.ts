// Acceptance (issue 13) on the built add-on: dist/Code.js in node:vm with the fake Drive and Sheets
// advanced services. «Обновить сводку по папке» fills «Очередь проверки»; the curator's notes stay
// with their school and measure when the school moves rows; a school's text stays text; the
// curator view's RPC lists the queue by school with links rebuilt from ids.
import { describe, expect, it } from 'vitest';
import { CURATOR_SAMPLE } from '../../dev/sample/curator';
import type { CellValue } from '../../src/core/cells/cellValue';
import { reviewReasons as r, reviewMessages } from '../../src/core/messages/review';
import { QUEUE_COLUMN, QUEUE_HEADERS } from '../../src/core/review/queueSheet';
import { SUMMARY_HEADERS } from '../../src/core/summary/summaryEntry';
import { ROADMAP_SHEET, SETTINGS_SHEET } from '../../src/core/template/sheets';
import type { CuratorViewDto } from '../../src/shared/api';
import { FakeClock, FakeDrive } from '../fakes/fakeDrive';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import { schoolWorkbook } from '../fakes/fakeSchoolWorkbook';
import { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import { readDist } from './builtArtefact';

const code = readDist('Code.js');
const QUEUE = 'Очередь проверки';
const PROGRAMME = { 'Начало программы': '01.01.2024', 'Окончание программы': '31.12.2024' };
const fileLink = (id: string): string => `https://drive.google.com/file/d/${id}/view?usp=sharing`;
const SCHOOL = 'school-0042-abcdefghij';

function load() {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const drive = new FakeDrive({ clock });
  const folderId = drive.addFolder('ОО ШНОР');
  const trashed = drive.addDocument('Приказ.pdf');
  drive.trashFile(trashed);
  const school = schoolWorkbook({
    id: SCHOOL,
    // Typed as text in the school's file (a leading apostrophe), so its value starts with «=».
    school: `'=IMPORTXML("http://x";"//a")`,
    fileName: 'СОШ 42',
    settings: PROGRAMME,
    roadmap: [
      { number: '1', measure: 'Педсовет', deadline: 'Март 2024', done: true },
      {
        number: '2',
        measure: 'Приказ',
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'Принято',
        documentLink: fileLink(trashed),
      },
      { number: '3', measure: `'=HYPERLINK("http://evil";"<b>Открыть</b>")`, deadline: 'Март 2024' },
    ],
  });
  drive.addWorkbook(folderId, school);
  const curator = new FakeSpreadsheet('Сводка куратора', 'curator-bundle-0013');
  curator.addSheet(SETTINGS_SHEET.name, [
    ['Параметр', 'Значение'],
    ['Дата отчёта', '20.11.2024'],
    ['Папка школ', `https://drive.google.com/drive/folders/${folderId}`],
  ]);
  const fake = createFakeGlobals({ spreadsheet: curator, extra: drive.globals() });
  const sandbox = runInSandbox(code, fake.globals, { now: () => clock.now() });
  return { sandbox, curator, drive, school, clock, trashed };
}

const byMeasure = (rows: readonly CellValue[][], measure: string): CellValue[] =>
  rows.find((row) => row[QUEUE_COLUMN.measure] === measure)!;

describe('«Очередь проверки» through the built add-on', () => {
  it('keeps the curator’s notes by school and measure when the school inserts a row, text stays text', () => {
    const { sandbox, curator, drive, school, clock, trashed } = load();
    sandbox.call('menuRefreshFolderSummary');
    const sheet = curator.sheet(QUEUE);
    const first = sheet.values();
    expect(first[0]).toEqual(QUEUE_HEADERS);
    expect(byMeasure(first, 'Педсовет')[QUEUE_COLUMN.reasons]).toBe(`${r.awaitingDecision}; ${r.noDocument}`);
    expect(byMeasure(first, 'Приказ')[QUEUE_COLUMN.reasons]).toBe(r.documentTrashed);
    expect(byMeasure(first, 'Приказ')[QUEUE_COLUMN.document]).toBe(
      `https://drive.google.com/open?id=${trashed}`,
    );
    const gid = school.sheet(ROADMAP_SHEET.name).getSheetIdUncounted();
    expect(byMeasure(first, 'Приказ')[QUEUE_COLUMN.rowLink]).toBe(
      `https://docs.google.com/spreadsheets/d/${SCHOOL}/edit#gid=${gid}&range=A3`,
    );
    expect(sheet.formulas()).toEqual({});
    expect(byMeasure(first, '=HYPERLINK("http://evil";"<b>Открыть</b>")')[QUEUE_COLUMN.school]).toBe(
      '=IMPORTXML("http://x";"//a")',
    );

    // The curator writes a note on «Приказ»; the school inserts a heading row above its measures.
    const width = QUEUE_HEADERS.length;
    const row = first.findIndex((cells) => cells[QUEUE_COLUMN.measure] === 'Приказ') + 1;
    sheet.getRange(1, width + 1).setValues([['Заметка куратора']]);
    sheet.getRange(row, width + 1).setValues([['позвонила директору']]);
    const roadmap = school.sheet(ROADMAP_SHEET.name);
    const values = roadmap.values();
    values.splice(
      1,
      0,
      ROADMAP_SHEET.columns.map((c) => (c.key === 'measure' ? 'Школьный уровень' : '')),
    );
    roadmap.getRange(1, 1, values.length, values[0]!.length).setValues(values);
    clock.advance(60_000);
    sandbox.call('menuRefreshFolderSummary');

    const after = sheet.values();
    expect(after[0]![width]).toBe('Заметка куратора');
    const order = byMeasure(after, 'Приказ');
    expect(order[width]).toBe('позвонила директору');
    expect(String(order[QUEUE_COLUMN.rowLink])).toMatch(/range=A4$/);
    expect(after.filter((cells) => cells[width] === 'позвонила директору')).toHaveLength(1);
    expect(after.some((cells) => cells[QUEUE_COLUMN.reasons] === reviewMessages.keptForNotes)).toBe(false);
    expect(sheet.formulas()).toEqual({});
    // Each document asked of Drive once per pass: two passes, two calls.
    expect(drive.driveGetsFor(trashed)).toBe(2);
  });

  it('lists the queue by school in the curator view’s RPC, every link rebuilt from ids', () => {
    const { sandbox } = load();
    sandbox.call('collectFolderSummaryChunk', true);
    const view = sandbox.call('getCuratorView') as CuratorViewDto;
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(view.queue?.schools.map((s) => s.school)).toEqual(['=IMPORTXML("http://x";"//a")']);
    const items = view.queue!.schools[0]!.items;
    expect(items.map((item) => item.number)).toEqual(['1', '2', '3']);
    for (const item of items) {
      expect(item.rowLink).toMatch(
        new RegExp(`^https://docs\\.google\\.com/spreadsheets/d/${SCHOOL}/edit#gid=\\d+&range=A\\d+$`),
      );
    }
    expect(items[1]!.documentLink).toMatch(/^https:\/\/drive\.google\.com\/open\?id=[\w-]+$/);
  });

  it('shows the preview’s five curator cases, each on its own school, none drowned in the sample’s noise', () => {
    const now = new Date('2024-11-20T12:00:00+03:00');
    const sample = CURATOR_SAMPLE.create();
    const fake = createFakeGlobals({ spreadsheet: sample.spreadsheet, extra: sample.extraGlobals });
    runInSandbox(code, fake.globals, { now: () => now }).call('menuRefreshFolderSummary');
    const queue = sample.spreadsheet.sheet(QUEUE).values().slice(1);
    const schoolsWith = (reason: string): string[] => [
      ...new Set(
        queue
          .filter((row) => String(row[QUEUE_COLUMN.reasons]).split('; ').includes(reason))
          .map((row) => String(row[QUEUE_COLUMN.school])),
      ),
    ];
    expect(schoolsWith(reviewMessages.unavailable)).toEqual(['МАОУ лицей № 1']);
    expect(schoolsWith(r.documentTrashed)).toEqual(['МБОУ ООШ № 8']);
    expect(schoolsWith(r.notDriveFile)).toContain('МБОУ СОШ № 11');
    expect(schoolsWith(r.awaitingDecision)).toContain('МБОУ СОШ № 7');
    const summary = sample.spreadsheet.sheet('Сводка').values();
    const quiet = summary.find((row) => row[0] === 'МБОУ СОШ № 19')!;
    const modified = quiet[SUMMARY_HEADERS.indexOf('Файл изменён')] as Date;
    expect(Math.floor((now.getTime() - modified.getTime()) / 86_400_000)).toBe(40);
  });
});
