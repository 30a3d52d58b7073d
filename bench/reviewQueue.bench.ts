// «Очередь проверки» over a folder of 300 school workbooks with 30 measures each (issue 13):
// ≤ 3 Sheets reads per school file, ≤ 1 Drive call per checked document, every run inside the time
// budget with the cursor, the queue complete after the last run. Sheets reads are simulated at 1 s,
// Drive metadata calls at 0.2 s, on the fake clock the action measures its budget with.
import { RUN_BUDGET_MS } from '../src/server/actions/refreshFolderSummary';
import { FakeClock, FakeDrive } from '../test/fakes/fakeDrive';
import { schoolWorkbook } from '../test/fakes/fakeSchoolWorkbook';
import type { BenchRow } from './benchKit';
import { runCuratorPasses } from './curatorPasses';

const SCHOOLS = 300;
const MEASURES = 30;
const MS_PER_READ = 1000;
const MS_PER_METADATA = 200;
const APPS_SCRIPT_LIMIT_MS = 6 * 60_000;

interface Measure {
  readonly done: boolean;
  readonly accepted: boolean;
  readonly overdue: boolean;
  readonly doc: 'present' | 'trashed' | 'deleted' | null;
}

/** The plan of measure k: every third done with a document, half of those accepted. */
function measure(k: number): Measure {
  const done = k % 3 === 0;
  const accepted = done && k % 6 === 0;
  const doc = !done ? null : k === 12 ? 'trashed' : k === 24 ? 'deleted' : 'present';
  return { done, accepted, overdue: !done && k % 2 === 1, doc };
}

/** What the queue must hold, counted from the plan, not from the add-on. */
function needsCurator(m: Measure): boolean {
  return (m.done && !m.accepted) || m.overdue || m.doc === 'trashed' || m.doc === 'deleted';
}

function folderOf300(clock: FakeClock): {
  drive: FakeDrive;
  folderId: string;
  docs: string[];
  schools: string[];
} {
  const drive = new FakeDrive({
    clock,
    msPerRead: MS_PER_READ,
    readQuota: 60,
    msPerMetadata: MS_PER_METADATA,
  });
  const folderId = drive.addFolder('Школы');
  const docs: string[] = [];
  const schools: string[] = [];
  for (let i = 1; i <= SCHOOLS; i++) {
    const roadmap = Array.from({ length: MEASURES }, (_, k) => {
      const m = measure(k);
      let link = '';
      if (m.doc) {
        const id = `doc-${String(i).padStart(4, '0')}-${String(k).padStart(2, '0')}-abcdefghij`;
        if (m.doc !== 'deleted') {
          drive.addDocument(`Протокол ${i}.${k}.pdf`, 'application/pdf', id);
          if (m.doc === 'trashed') drive.trashFile(id);
        }
        docs.push(id);
        link = `https://drive.google.com/file/d/${id}/view?usp=sharing`;
      }
      return {
        number: String(k + 1),
        measure: `Мероприятие ${k + 1}`,
        deadline: m.overdue || m.done ? 'Март 2024' : 'до 30.12.2024',
        done: m.done,
        documentLink: link,
        curatorDecision: m.accepted ? 'Принято' : '',
      };
    });
    const id = `school-${String(i).padStart(4, '0')}-abcdefghij`;
    schools.push(id);
    drive.addWorkbook(
      folderId,
      schoolWorkbook({
        school: `МБОУ СОШ № ${i}`,
        fileName: `СОШ ${i}`,
        id,
        settings: { 'Начало программы': '01.01.2024', 'Окончание программы': '31.12.2024' },
        // Every tenth school deleted «Кластеры»: its file takes the three-read path.
        without: i % 10 === 0 ? ['Кластеры'] : [],
        roadmap,
      }),
    );
  }
  return { drive, folderId, docs, schools };
}

export function run(): BenchRow[] {
  const clock = new FakeClock('2024-11-20T09:00:00+03:00');
  const { drive, folderId, docs, schools } = folderOf300(clock);
  const { curator, runs, longestRunMs, cpuMs, finished, reads } = runCuratorPasses(
    drive,
    clock,
    folderId,
    'curator-bench-000002',
    30,
  );
  const maxReads = Math.max(...schools.map((id) => drive.callsForFile(id)));
  const perDoc = docs.map((id) => drive.driveGetsFor(id));
  const maxPerDoc = Math.max(...perDoc);
  const unchecked = perDoc.filter((n) => n === 0).length;
  const expected =
    SCHOOLS * Array.from({ length: MEASURES }, (_, k) => measure(k)).filter(needsCurator).length;
  const queueRows = curator.sheet('Очередь проверки').values().length - 1;
  return [
    {
      work: `review queue, ${SCHOOLS} files × ${MEASURES} measures: Sheets reads per file (mean / max)`,
      measured: `${(reads / SCHOOLS).toFixed(2)} / ${maxReads}`,
      budget: '≤ 3 per file',
      ok: maxReads <= 3,
    },
    {
      work: `review queue: Drive files.get per linked document (max), ${docs.length} documents`,
      measured: `${maxPerDoc} (${unchecked} unchecked)`,
      budget: '≤ 1 per document, none left',
      ok: maxPerDoc <= 1 && unchecked === 0,
    },
    {
      work: `review queue, 1 s per read, 0.2 s per Drive call: runs needed`,
      measured: `${runs} runs, longest ${(longestRunMs / 1000).toFixed(0)} s (simulated)`,
      budget: `each run < ${RUN_BUDGET_MS / 1000 + 30} s`,
      ok: finished && longestRunMs < APPS_SCRIPT_LIMIT_MS - 60_000,
    },
    {
      work: 'review queue complete after the last run',
      measured: `${queueRows} rows of ${expected} expected`,
      budget: 'all rows',
      ok: queueRows === expected,
    },
    {
      work: `review queue, ${SCHOOLS} files: Node time of the core and writes`,
      measured: `${cpuMs.toFixed(0)} ms for ${runs} runs`,
      budget: '< 10 s',
      ok: cpuMs < 10_000,
    },
  ];
}
