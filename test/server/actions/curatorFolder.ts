// The curator's side of a collection test: a fake Drive with one school folder, the curator's
// spreadsheet whose «Настройки» point at it with «Дата отчёта» 20.11.2024, and a context on the
// Drive's clock (the clock the action measures its time budget with).
import { SETTINGS_SHEET } from '../../../src/core/template/sheets';
import { createFakeContext, type FakeContext } from '../../fakes/fakeContext';
import { FakeClock, FakeDrive, type FakeDriveOptions } from '../../fakes/fakeDrive';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

export interface CuratorFolder {
  readonly clock: FakeClock;
  readonly drive: FakeDrive;
  readonly folderId: string;
  readonly curator: FakeSpreadsheet;
  readonly context: FakeContext;
}

export function curatorFolder(
  options: {
    readonly drive?: Omit<FakeDriveOptions, 'clock'>;
    readonly folderName?: string;
    readonly curatorId?: string;
    /** What «Папка школ» holds; the folder's link when left out. */
    readonly folderCell?: string;
  } = {},
): CuratorFolder {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const drive = new FakeDrive({ clock, ...options.drive });
  const folderId = drive.addFolder(options.folderName ?? 'ШНОР — школы района');
  const curator = new FakeSpreadsheet('Сводка куратора', options.curatorId ?? 'curator-workbook-0001');
  curator.addSheet(SETTINGS_SHEET.name, [
    ['Параметр', 'Значение'],
    ['Дата отчёта', '20.11.2024'],
    ['Папка школ', options.folderCell ?? `https://drive.google.com/drive/folders/${folderId}`],
  ]);
  return {
    clock,
    drive,
    folderId,
    curator,
    context: { ...createFakeContext(curator), now: () => clock.now() },
  };
}
