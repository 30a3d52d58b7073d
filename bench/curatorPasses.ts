// The curator's collection as a real folder needs it: runs of «Обновить сводку по папке» one after
// another, each stopping at its time budget with the cursor, until the pass is finished. Shared by
// the summary and the review-queue benches, which differ only in their folders.
import { SETTINGS_SHEET } from '../src/core/template/sheets';
import { collectFolderSummary } from '../src/server/actions/refreshFolderSummary';
import { createFakeContext } from '../test/fakes/fakeContext';
import type { FakeClock, FakeDrive } from '../test/fakes/fakeDrive';
import { FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';

export interface CuratorPasses {
  readonly curator: FakeSpreadsheet;
  readonly runs: number;
  /** The longest run on the fake clock (what Apps Script's 6-minute limit sees). */
  readonly longestRunMs: number;
  /** Node time of the core and the writes, all runs together. */
  readonly cpuMs: number;
  readonly finished: boolean;
  /** Sheets API reads of school files, all runs together. */
  readonly reads: number;
}

export function runCuratorPasses(
  drive: FakeDrive,
  clock: FakeClock,
  folderId: string,
  curatorId: string,
  maxRuns: number,
): CuratorPasses {
  const curator = new FakeSpreadsheet('Сводка куратора', curatorId);
  curator.addSheet(SETTINGS_SHEET.name, [
    ['Параметр', 'Значение'],
    ['Папка школ', `https://drive.google.com/drive/folders/${folderId}`],
    ['Дата отчёта', '20.11.2024'],
  ]);
  const context = { ...createFakeContext(curator), now: () => clock.now() };
  let runs = 0;
  let longestRunMs = 0;
  let cpuMs = 0;
  let finished = false;
  while (!finished && runs < maxRuns) {
    const before = clock.now().getTime();
    const start = performance.now();
    finished = collectFolderSummary(context, drive.port(), { toast: false }).progress.finished;
    cpuMs += performance.now() - start;
    longestRunMs = Math.max(longestRunMs, clock.now().getTime() - before);
    runs++;
  }
  const reads =
    drive.calls.count('Sheets.Spreadsheets.Values.batchGet') + drive.calls.count('Sheets.Spreadsheets.get');
  return { curator, runs, longestRunMs, cpuMs, finished, reads };
}
