// Acceptance (issue 13) of «Очередь проверки» on the fake Drive, for what the first tests left
// open: a folder where nothing needs the curator still gets its (empty) queue, so the curator view
// says «nothing waits» rather than «collect first»; evidence and school files on a shared drive.
import { describe, expect, it } from 'vitest';
import { reviewReasons as r } from '../../../src/core/messages/review';
import { QUEUE_COLUMN, QUEUE_HEADERS } from '../../../src/core/review/queueSheet';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { collectFolderSummary } from '../../../src/server/actions/refreshFolderSummary';
import { readReviewQueueView } from '../../../src/server/rpc/reviewQueueView';
import { schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import { curatorFolder } from './curatorFolder';

const QUEUE = 'Очередь проверки';
const PROGRAMME = { 'Начало программы': '01.01.2024', 'Окончание программы': '31.12.2024' };
const fileLink = (id: string): string => `https://drive.google.com/file/d/${id}/view?usp=sharing`;

const folder = () => curatorFolder({ curatorId: 'curator-workbook-0013' });

describe('«Очередь проверки»: acceptance of issue 13', () => {
  it('is there after a collection where nothing needs the curator, and the view says nothing waits', () => {
    const f = folder();
    const doc = f.drive.addDocument('Протокол.pdf');
    f.drive.addWorkbook(
      f.folderId,
      schoolWorkbook({
        id: 'school-0001-abcdefghij',
        school: 'МБОУ СОШ № 1',
        fileName: 'СОШ 1',
        settings: PROGRAMME,
        roadmap: [
          {
            number: '1',
            measure: 'Педсовет',
            deadline: 'Март 2024',
            done: true,
            curatorDecision: 'Принято',
            documentLink: fileLink(doc),
          },
        ],
      }),
    );
    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    expect(f.curator.sheet(QUEUE).values()).toEqual([QUEUE_HEADERS]);
    expect(readReviewQueueView(f.curator, 'Europe/Moscow')).toEqual({ schools: [], more: 0 });
  });

  it('checks evidence and reads school files that live on a shared drive', () => {
    const f = folder();
    f.drive.putOnSharedDrive(f.folderId);
    const trashed = f.drive.addDocument('Приказ.pdf');
    f.drive.trashFile(trashed);
    f.drive.putOnSharedDrive(trashed);
    const id = f.drive.addWorkbook(
      f.folderId,
      schoolWorkbook({
        id: 'school-0002-abcdefghij',
        school: 'МБОУ СОШ № 2',
        fileName: 'СОШ 2',
        settings: PROGRAMME,
        roadmap: [
          {
            number: '1',
            measure: 'Приказ',
            deadline: 'Март 2024',
            done: true,
            curatorDecision: 'Принято',
            documentLink: fileLink(trashed),
          },
        ],
      }),
    );
    f.drive.putOnSharedDrive(id);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const rows = f.curator.sheet(QUEUE).values().slice(1);
    expect(rows.map((row) => row[QUEUE_COLUMN.reasons])).toEqual([r.documentTrashed]);
    expect(f.drive.driveGetsFor(trashed)).toBe(1);
  });

  it('links a renamed roadmap sheet («дорожная  карта») by its own gid, within three reads', () => {
    const f = folder();
    const id = 'school-0003-abcdefghij';
    const workbook = schoolWorkbook({
      id,
      school: 'МБОУ СОШ № 3',
      fileName: 'СОШ 3',
      settings: PROGRAMME,
      roadmap: [{ measure: 'Школьный уровень' }, { number: '1', measure: 'Семинар', deadline: 'Март 2024' }],
    });
    const roadmap = workbook.sheet(ROADMAP_SHEET.name);
    roadmap.setName('дорожная  карта');
    f.drive.addWorkbook(f.folderId, workbook);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const rows = f.curator.sheet(QUEUE).values().slice(1);
    expect(rows.map((row) => row[QUEUE_COLUMN.rowLink])).toEqual([
      `https://docs.google.com/spreadsheets/d/${id}/edit#gid=${roadmap.getSheetIdUncounted()}&range=A3`,
    ]);
    expect(rows[0]![QUEUE_COLUMN.reasons]).toBe(r.overdue);
    expect(f.drive.callsForFile(id)).toBeLessThanOrEqual(3);
  });

  it('links the measure’s own sheet row when the roadmap has title rows above its header', () => {
    const f = folder();
    const id = 'school-0004-abcdefghij';
    const workbook = schoolWorkbook({
      id,
      school: 'МБОУ СОШ № 4',
      fileName: 'СОШ 4',
      settings: PROGRAMME,
      roadmap: [{ number: '1', measure: 'Семинар', deadline: 'Март 2024' }],
    });
    const roadmap = workbook.sheet(ROADMAP_SHEET.name);
    const values = roadmap.values();
    const width = values[0]!.length;
    const title = (text: string) => [text, ...Array(width - 1).fill('')];
    // Seed 001_…: «IV. Дорожная карта» and the programme's name stand above the table.
    const withTitles = [title('IV. Дорожная карта'), title('МБОУ СОШ № 4, 2024 год'), title(''), ...values];
    roadmap.getRange(1, 1, withTitles.length, width).setValues(withTitles);
    f.drive.addWorkbook(f.folderId, workbook);
    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const rows = f.curator.sheet(QUEUE).values().slice(1);
    expect(rows.map((row) => String(row[QUEUE_COLUMN.rowLink]).replace(/.*range=/, ''))).toEqual(['A5']);
    expect(roadmap.values()[4]![1]).toBe('Семинар');
  });

  it('checks a document inserted as a smart chip (the cell shows its name) by the chip’s Drive link', () => {
    const f = folder();
    const trashed = f.drive.addDocument('Приказ № 12.pdf');
    f.drive.trashFile(trashed);
    const id = 'school-0005-abcdefghij';
    const accepted = { deadline: 'Март 2024', done: true, curatorDecision: 'Принято' } as const;
    f.drive.addWorkbook(
      f.folderId,
      schoolWorkbook({
        id,
        school: 'МБОУ СОШ № 5',
        fileName: 'СОШ 5',
        settings: PROGRAMME,
        roadmap: [
          { number: '1', measure: 'Приказ', ...accepted, documentLink: 'Приказ № 12.pdf' },
          { number: '2', measure: 'Сайт', ...accepted, documentLink: 'Опубликовано на сайте школы' },
        ],
      }),
    );
    const column = ROADMAP_SHEET.columns.findIndex((c) => c.key === 'documentLink') + 1;
    f.drive.putFileChip(id, ROADMAP_SHEET.name, 2, column, fileLink(trashed));
    collectFolderSummary(f.context, f.drive.port(), { toast: false });

    const rows = f.curator.sheet(QUEUE).values().slice(1);
    expect(rows.map((row) => [row[QUEUE_COLUMN.number], row[QUEUE_COLUMN.reasons]])).toEqual([
      ['1', r.documentTrashed],
      ['2', r.notDriveFile],
    ]);
    expect(rows[0]![QUEUE_COLUMN.document]).toBe(`https://drive.google.com/open?id=${trashed}`);
    expect(f.drive.driveGetsFor(trashed)).toBe(1);
    expect(f.drive.callsForFile(id)).toBe(2);
  });
});
