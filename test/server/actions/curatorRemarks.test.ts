// The curator view counts a school that was read but has remarks on its data as read, with its
// remarks (before: «Готово: 0 школ», all of them under «Не прочитаны»), and the sidebar's chunked
// collection never opens a modal dialog: every message comes back to the sidebar.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summaryMessages as m } from '../../../src/core/messages/summary';
import { collectFolderSummaryStep } from '../../../src/server/actions/refreshFolderSummary';
import type { FakeContext } from '../../fakes/fakeContext';
import { schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import type { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { isOneSentence } from '../oneSentence';
import { curatorFolder } from './curatorFolder';

function setUp(folderCell?: string) {
  const { drive, folderId, curator, context } = curatorFolder({ folderName: 'Школы', folderCell });
  // Both schools read, both with remarks: a missing sheet, and data the core journals.
  drive.addWorkbook(
    folderId,
    schoolWorkbook({
      school: 'МАОУ лицей № 1',
      fileName: 'Лицей 1',
      id: 'school-0001-abcdefghij',
      without: ['Дорожная карта'],
    }),
  );
  drive.addWorkbook(
    folderId,
    schoolWorkbook({
      school: 'МБОУ СОШ № 3',
      fileName: 'СОШ 3',
      id: 'school-0003-abcdefghij',
      roadmap: [{ measure: 'Семинар', deadline: 'когда-нибудь', done: 'может быть' }],
    }),
  );
  const broken = drive.addWorkbook(
    folderId,
    schoolWorkbook({ school: 'МБОУ СОШ № 5', fileName: 'СОШ 5', id: 'broken-0005-abcdefghij' }),
  );
  drive.denyAccess(broken);
  return { drive, curator, context };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the sidebar’s chunked collection', () => {
  it('counts schools read with remarks as read and lists their remarks apart from the unread files', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { drive, context } = setUp();
    const step = collectFolderSummaryStep(context, drive.port(), true);

    expect(step.done).toBe(true);
    expect(step.schools).toBe(2);
    expect(step.errors).toEqual([{ file: 'СОШ 5', message: m.noAccess }]);
    expect(step.remarks?.map((r) => r.file).sort()).toEqual(['МАОУ лицей № 1', 'МБОУ СОШ № 3']);
    expect(step.remarks?.find((r) => r.file === 'МАОУ лицей № 1')?.message).toContain(
      m.missingSheet('Дорожная карта'),
    );
  });

  it.each([
    ['a busy document', (c: FakeContext) => (c.lock.busyElsewhere = true)],
    ['a «Папка школ» that is not a link', (_c: FakeContext) => {}, 'не ссылка'],
    [
      'a «Сводка» holding something else',
      (c: FakeContext) => {
        (c.spreadsheet as FakeSpreadsheet).addSheet('Сводка', [['Мой план'], ['понедельник']]);
      },
    ],
  ])(
    'with %s: no modal dialog, the one sentence comes back to the sidebar',
    (_name, spoil, folderCell?: string) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { drive, context } = setUp(folderCell);
      spoil(context);
      const step = collectFolderSummaryStep(context, drive.port(), true);

      expect(context.ui.alerts).toEqual([]);
      expect(step.done).toBe(true);
      expect(step.message).not.toBe('');
      expect(isOneSentence(step.message)).toBe(true);
    },
  );
});
