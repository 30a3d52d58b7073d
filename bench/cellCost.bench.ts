// What one odd cell costs (PRODUCT.md §13: «the cost of a cell is linear in its length»): every
// input cell of every input sheet holds a long text made to trip a backtracking pattern (digits and
// spaces, commas, dots, date-like runs), and every action, the dashboard, SHNOR_IDENTIFY and the
// curator's reading of the file run over it. Measured at 5,000 and 50,000 characters: a linear cost
// grows about tenfold; a quadratic one (the formula guard before this release) a hundredfold, ~6 s
// for one cell.
import type { CellValue } from '../src/core/cells/cellValue';
import { asSheetText } from '../src/core/cells/cellValue';
import { summarizeSchool } from '../src/core/summary/schoolSummary';
import { RESULTS_SHEET } from '../src/core/template/sheets';
import { INPUT_SHEETS } from '../src/core/template/templateSheets';
import { assessRiskProfile } from '../src/server/actions/assessRiskProfile';
import { createTemplate } from '../src/server/actions/createTemplate';
import { identifyLowResultSchools } from '../src/server/actions/identifyLowResultSchools';
import { refreshStatuses } from '../src/server/actions/refreshStatuses';
import { SHNOR_IDENTIFY } from '../src/server/functions/identification';
import { readDashboard } from '../src/server/rpc/dashboard';
import { createFakeContext } from '../test/fakes/fakeContext';
import { FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';
import { type BenchRow, bestTimeMs } from './benchKit';

/** Runs that a backtracking pattern over cell text could trade between two of its parts. */
const UNITS = ['1', ' 1', '1 ', '2024 ', '12.', ',', '.', '1,', 'ааа ', '20'];
const TAILS = ['x', '%x'];

/** The odd cells at the given length: one per unit and tail. */
export function oddTexts(length: number): string[] {
  return UNITS.flatMap((unit) => TAILS.map((tail) => unit.repeat(Math.ceil(length / unit.length)) + tail));
}

/** The template with every input sheet followed by rows of odd cells, one text per row. */
export function oddWorkbook(length: number): FakeSpreadsheet {
  const workbook = new FakeSpreadsheet();
  createTemplate(createFakeContext(workbook));
  for (const schema of INPUT_SHEETS) {
    const sheet = workbook.sheet(schema.name);
    const rows: CellValue[][] = oddTexts(length).map((text) => schema.columns.map(() => text));
    sheet.load([...sheet.values(), ...rows]);
  }
  return workbook;
}

/** Everything that reads the cells once: the three actions, the dashboard, the formula, the curator. */
export function readEverything(workbook: FakeSpreadsheet): void {
  const context = createFakeContext(workbook);
  identifyLowResultSchools(context);
  assessRiskProfile(context);
  refreshStatuses(context);
  readDashboard(context);
  SHNOR_IDENTIFY(workbook.sheet(RESULTS_SHEET.name).values());
  const grids = new Map(INPUT_SHEETS.map((schema) => [schema.name, workbook.sheet(schema.name).values()]));
  summarizeSchool(
    { fileName: 'Школа', grids },
    { reportDate: { year: 2024, month: 11, day: 20 }, timeZone: 'Europe/Moscow' },
  );
  for (const text of oddTexts(1)) asSheetText(text);
}

const SHORT = 5_000;
const LONG = 50_000;
/** Tenfold the length: linear is ~10×; allow GC and caches some room, far below quadratic's 100×. */
const MAX_GROWTH = 25;
/** Per odd cell read by everything above; before this release one such cell cost ~6 s. */
const PER_CELL_BUDGET_MS = 10;

export function run(): BenchRow[] {
  const cells = (length: number) => {
    const workbook = oddWorkbook(length);
    return bestTimeMs(() => readEverything(workbook), 1);
  };
  // The same work without odd cells: what the template alone costs, taken off both.
  const empty = oddWorkbook(0);
  const base = bestTimeMs(() => readEverything(empty), 1);
  const short = Math.max(cells(SHORT) - base, 1);
  const long = cells(LONG) - base;
  const count = oddTexts(1).length * INPUT_SHEETS.reduce((sum, schema) => sum + schema.columns.length, 0);
  const perCell = long / count;
  const growth = long / short;
  return [
    {
      work: `${count} cells of 50,000 chars in every input column: all actions, dashboard, formula, curator`,
      measured: `${perCell.toFixed(2)} ms a cell (${(long / 1000).toFixed(1)} s in all; ${growth.toFixed(1)}× the 5,000-char run)`,
      budget: `< ${PER_CELL_BUDGET_MS} ms a cell; ≤ ${MAX_GROWTH}× for 10× the length`,
      ok: perCell < PER_CELL_BUDGET_MS && growth <= MAX_GROWTH,
    },
  ];
}
