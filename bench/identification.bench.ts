// «Выявить ШНОР» and SHNOR_IDENTIFY on 81,000 result rows: 3,000 schools × 9 procedures × 3 years
// (ENGINEERING.md budgets: ≤ 25 spreadsheet calls in all and < 3 s; the formula < 1 s).
import type { CellValue } from '../src/core/cells/cellValue';
import { PROCEDURES } from '../src/core/identification/procedures';
import { Journal } from '../src/core/journal/journal';
import { RESULTS_SHEET } from '../src/core/template/sheets';
import { createTemplate } from '../src/server/actions/createTemplate';
import { identifyInWorkbook, identifyLowResultSchools } from '../src/server/actions/identifyLowResultSchools';
import { SHNOR_IDENTIFY } from '../src/server/functions/identification';
import { createFakeContext } from '../test/fakes/fakeContext';
import { FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';
import { type BenchRow, bestTimeMs } from './benchKit';

const SCHOOLS = 3000;
const YEARS = [2022, 2023, 2024];
const CALL_BUDGET = 25;

/** A deterministic municipality-sized results table, header row first. */
export function bigResults(schools = SCHOOLS): CellValue[][] {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const rows: CellValue[][] = [RESULTS_SHEET.columns.map((c) => c.header)];
  for (let s = 1; s <= schools; s++) {
    for (const year of YEARS) {
      for (const procedure of PROCEDURES) {
        const participants = 10 + Math.floor(random() * 50);
        // About one result in thirty is low, so a few hundred schools are flagged.
        const share = random() < 0.03 ? 0.3 + random() * 0.3 : random() * 0.29;
        rows.push([
          `МБОУ СОШ № ${s}`,
          year,
          procedure.name,
          participants,
          Math.floor(participants * share),
          '',
        ]);
      }
    }
  }
  return rows;
}

export function run(): BenchRow[] {
  const grid = bigResults();
  const workbook = new FakeSpreadsheet();
  createTemplate(createFakeContext(workbook));
  workbook.sheet(RESULTS_SHEET.name).load(grid);
  const context = createFakeContext(workbook);
  identifyLowResultSchools(context);
  workbook.calls.reset();
  const start = performance.now();
  const result = identifyLowResultSchools(context);
  const actionMs = performance.now() - start;
  const calls = workbook.calls.total;
  // The same work without the frame of runAction (time zone, journal sheet, toast).
  workbook.calls.reset();
  identifyInWorkbook({ context, journal: new Journal(), timeZone: 'Europe/Moscow' });
  const own = workbook.calls.total;
  const formulaMs = bestTimeMs(() => SHNOR_IDENTIFY(grid), 2);
  return [
    {
      work: `Выявить ШНОР, ${grid.length - 1} rows: spreadsheet calls`,
      measured: `${calls}: ${own} identification + ${calls - own} runAction frame and journal (${result.message.split(',')[0]})`,
      budget: `≤ ${CALL_BUDGET}`,
      ok: calls <= CALL_BUDGET,
    },
    {
      work: `Выявить ШНОР, ${grid.length - 1} rows: time in Node`,
      measured: `${actionMs.toFixed(0)} ms`,
      budget: '< 3000 ms',
      ok: actionMs < 3000,
    },
    {
      work: `SHNOR_IDENTIFY, ${grid.length - 1} rows`,
      measured: `${formulaMs.toFixed(0)} ms`,
      budget: '< 1000 ms',
      ok: formulaMs < 1000,
    },
  ];
}
