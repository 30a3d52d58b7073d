// The curator summary over a folder of 300 school workbooks (ENGINEERING.md budgets: ≤ 3 calls per
// school file; each run stops before 5 min with a cursor). Reads are simulated at 1 s each, the
// slow part of a real run; the clock is the fake one the action measures its budget with.
import { RUN_BUDGET_MS } from '../src/server/actions/refreshFolderSummary';
import { FakeClock, FakeDrive } from '../test/fakes/fakeDrive';
import { schoolWorkbook } from '../test/fakes/fakeSchoolWorkbook';
import type { BenchRow } from './benchKit';
import { runCuratorPasses } from './curatorPasses';

const SCHOOLS = 300;
const MS_PER_READ = 1000;
const APPS_SCRIPT_LIMIT_MS = 6 * 60_000;

function folderOf300(clock: FakeClock): { drive: FakeDrive; folderId: string } {
  // Google's Sheets API quota: 60 read requests a minute per user.
  const drive = new FakeDrive({ clock, msPerRead: MS_PER_READ, readQuota: 60 });
  const folderId = drive.addFolder('Школы');
  for (let i = 1; i <= SCHOOLS; i++) {
    const id = `school-${String(i).padStart(4, '0')}-abcdefghij`;
    const workbook = schoolWorkbook({
      school: `МБОУ СОШ № ${i}`,
      fileName: `СОШ ${i}`,
      id,
      // Every tenth school deleted the optional «Кластеры»: its file takes the three-call path.
      without: i % 10 === 0 ? ['Кластеры'] : [],
      results: [
        {
          school: `МБОУ СОШ № ${i}`,
          year: 2023,
          procedure: 'ВПР математика 5 класс',
          participants: 30,
          failed: i % 12,
        },
        {
          school: `МБОУ СОШ № ${i}`,
          year: 2024,
          procedure: 'ОГЭ (математика)',
          participants: 25,
          failed: i % 9,
        },
      ],
      roadmap: Array.from({ length: 20 }, (_, k) => ({
        measure: `Мероприятие ${k + 1}`,
        deadline: k % 2 ? 'Март 2024' : 'до 30.12.2024',
        done: k % 3 === 0,
      })),
    });
    drive.addWorkbook(folderId, workbook);
  }
  return { drive, folderId };
}

export function run(): BenchRow[] {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const { drive, folderId } = folderOf300(clock);
  const { curator, runs, longestRunMs, cpuMs, finished, reads } = runCuratorPasses(
    drive,
    clock,
    folderId,
    'curator-bench-000001',
    20,
  );
  const ids = Array.from(
    { length: SCHOOLS },
    (_, i) => `school-${String(i + 1).padStart(4, '0')}-abcdefghij`,
  );
  const maxPerFile = Math.max(...ids.map((id) => drive.callsForFile(id)));
  const driveCalls = drive.calls.count('Drive.Files.list') + drive.calls.count('Drive.Files.get');
  const rows = curator.sheet('Сводка').values().length - 1;
  return [
    {
      work: `curator summary, ${SCHOOLS} school files: Sheets reads per file (mean / max)`,
      measured: `${(reads / SCHOOLS).toFixed(2)} / ${maxPerFile} (+ ${driveCalls} Drive calls in all)`,
      budget: '≤ 3 per file',
      ok: maxPerFile <= 3 && rows === SCHOOLS,
    },
    {
      work: `curator summary, ${SCHOOLS} files at 1 s per read: runs needed`,
      measured: `${runs} runs, longest ${(longestRunMs / 1000).toFixed(0)} s (simulated)`,
      budget: `each run < ${RUN_BUDGET_MS / 1000 + 30} s, all rows written`,
      ok: finished && rows === SCHOOLS && longestRunMs < APPS_SCRIPT_LIMIT_MS - 60_000,
    },
    {
      work: `curator summary, ${SCHOOLS} files: Node time of the core and writes`,
      measured: `${cpuMs.toFixed(0)} ms for ${runs} runs`,
      budget: '< 3 s',
      ok: cpuMs < 3000,
    },
  ];
}
