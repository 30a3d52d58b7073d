// «Импортировать результаты» on a region's ВПР export: 9 ФИС ОКО blocks × 1,500 schools (30
// municipalities of 50), 13,500 school rows plus aggregates (ENGINEERING.md budget: ≤ 15
// spreadsheet calls, < 2 s in Node; the call count does not grow with the rows).
import { type ExportSchool, fisOkoBlock, spreadCounts } from '../dev/sample/fisOkoExport';
import type { CellValue } from '../src/core/cells/cellValue';
import { createTemplate } from '../src/server/actions/createTemplate';
import { importResults } from '../src/server/actions/importResults';
import { createFakeContext } from '../test/fakes/fakeContext';
import { FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';
import type { BenchRow } from './benchKit';

const MUNICIPALITIES = 30;
const SCHOOLS_PER_MUNICIPALITY = 50;
const CALL_BUDGET = 15;
const TIME_BUDGET_MS = 2000;

// The four ВПР of the official list over three years, as a region downloads them.
const BLOCKS: readonly { subject: string; grade: number; year: number }[] = [
  { subject: 'Математика', grade: 5, year: 2022 },
  { subject: 'Математика', grade: 5, year: 2023 },
  { subject: 'Математика', grade: 5, year: 2024 },
  { subject: 'Русский язык', grade: 5, year: 2022 },
  { subject: 'Русский язык', grade: 5, year: 2023 },
  { subject: 'Русский язык', grade: 5, year: 2024 },
  { subject: 'Математика', grade: 6, year: 2023 },
  { subject: 'Математика', grade: 6, year: 2024 },
  { subject: 'Русский язык', grade: 6, year: 2024 },
];

/** A deterministic region: every block lists the same schools under their municipalities. */
export function regionExport(): CellValue[][] {
  let seed = 2024;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const grid: CellValue[][] = [];
  for (const block of BLOCKS) {
    const rows = fisOkoBlock({
      ...block,
      date: `18.04.${block.year}`,
      aggregates: [
        { name: 'Вся выборка', schools: 37925, participants: 1332542, shares: [11.68, 38.61, 33.67, 16.04] },
        {
          name: 'Кемеровская обл. - Кузбасс',
          schools: 1500,
          participants: 52000,
          shares: [13.2, 40.11, 31.5, 15.19],
        },
      ],
      schools: [],
    });
    const schoolRows: CellValue[][] = [];
    for (let m = 1; m <= MUNICIPALITIES; m++) {
      const schools: ExportSchool[] = [];
      for (let s = 1; s <= SCHOOLS_PER_MUNICIPALITY; s++) {
        const participants = 8 + Math.floor(random() * 90);
        const failed = Math.floor(participants * (random() < 0.05 ? 0.3 + random() * 0.3 : random() * 0.25));
        const number = (m - 1) * SCHOOLS_PER_MUNICIPALITY + s;
        schools.push({
          login: `sch${420000 + number}`,
          name: `МБОУ "СОШ № ${number}"`,
          participants,
          counts: spreadCounts(participants, failed),
        });
      }
      const municipality = fisOkoBlock({
        ...block,
        date: '',
        aggregates: [
          { name: `Муниципальный округ № ${m}`, schools: 50, participants: 2500, shares: [14, 40, 31, 15] },
        ],
        schools,
      });
      // Only the municipality row and its schools: the block's title and header come once.
      schoolRows.push(...municipality.slice(7, -1));
    }
    grid.push(...rows.slice(0, -1), ...schoolRows, []);
  }
  return grid;
}

export function run(): BenchRow[] {
  const paste = regionExport();
  const workbook = new FakeSpreadsheet();
  // One context: the template and the import share the document's properties, as in Sheets.
  const context = createFakeContext(workbook);
  createTemplate(context);
  workbook.sheet('Импорт').load(paste);
  workbook.calls.reset();
  let start = performance.now();
  const first = importResults(context);
  const firstMs = performance.now() - start;
  const firstCalls = workbook.calls.total;
  workbook.calls.reset();
  start = performance.now();
  importResults(context);
  const againMs = performance.now() - start;
  const againCalls = workbook.calls.total;
  const schoolRows = BLOCKS.length * MUNICIPALITIES * SCHOOLS_PER_MUNICIPALITY;
  return [
    {
      work: `Импортировать результаты, ${BLOCKS.length} blocks, ${schoolRows} school rows: calls, first import into the template`,
      measured: `${firstCalls} (${first.message.split(', замеч')[0]})`,
      budget: `≤ ${CALL_BUDGET}`,
      ok: firstCalls <= CALL_BUDGET,
    },
    {
      work: `Импортировать результаты, ${schoolRows} school rows: calls, re-import`,
      measured: `${againCalls}`,
      budget: `≤ ${CALL_BUDGET}`,
      ok: againCalls <= CALL_BUDGET,
    },
    {
      work: `Импортировать результаты, ${schoolRows} school rows: time in Node`,
      measured: `first ${firstMs.toFixed(0)} ms, re-import ${againMs.toFixed(0)} ms`,
      budget: `< ${TIME_BUDGET_MS} ms`,
      ok: Math.max(firstMs, againMs) < TIME_BUDGET_MS,
    },
  ];
}
