// The risk profile at the sizes it meets: «Оценить рисковый профиль» on a long risk map, the core
// per school risk map (what the curator summary does, one file at a time), and RISK_LEVEL
// over a 10,000-cell range. No budget in ENGINEERING.md names them; these are ours.
import type { CellValue } from '../src/core/cells/cellValue';
import { Journal } from '../src/core/journal/journal';
import { assessRiskProfileGrids } from '../src/core/risk/assessRiskProfile';
import { BUILT_IN_RISK_THRESHOLDS } from '../src/core/risk/builtInCatalogue';
import { riskFactorById } from '../src/core/risk/riskFactors';
import { highRiskCount } from '../src/core/risk/riskMap';
import { riskThresholdTemplateRows } from '../src/core/template/riskThresholdRows';
import { RISK_PROFILE_SHEET, RISK_THRESHOLDS_SHEET } from '../src/core/template/sheets';
import { assessRiskProfile } from '../src/server/actions/assessRiskProfile';
import { RISK_LEVEL } from '../src/server/functions/risk';
import { createFakeContext } from '../test/fakes/fakeContext';
import { FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';
import { type BenchRow, bestTimeMs } from './benchKit';

const ACTION_ROWS = 2000;
const SCHOOLS = 1000;
// Reading one school file costs the curator summary hundreds of milliseconds of Sheets API time;
// scoring it should be lost in that.
const PER_SCHOOL_BUDGET_MS = 5;
const CALL_BUDGET = 30;

/** Every built-in parameter with a value that walks through its levels, header row first. */
function riskMap(rows: number, salt = 0): CellValue[][] {
  const grid: CellValue[][] = [RISK_PROFILE_SHEET.columns.map((c) => c.header)];
  for (let i = 0; i < rows; i++) {
    const t = BUILT_IN_RISK_THRESHOLDS[i % BUILT_IN_RISK_THRESHOLDS.length]!;
    const value = (i * 7 + salt) % 100;
    grid.push([t.factorId ? riskFactorById(t.factorId).name : '', t.indicator, value, t.unit, '']);
  }
  return grid;
}

export function run(): BenchRow[] {
  const thresholds = [RISK_THRESHOLDS_SHEET.columns.map((c) => c.header), ...riskThresholdTemplateRows()];
  const workbook = new FakeSpreadsheet();
  workbook.addSheet(RISK_PROFILE_SHEET.name, riskMap(ACTION_ROWS));
  workbook.addSheet(RISK_THRESHOLDS_SHEET.name, thresholds);
  const context = createFakeContext(workbook);
  assessRiskProfile(context);
  workbook.calls.reset();
  const start = performance.now();
  assessRiskProfile(context);
  const actionMs = performance.now() - start;
  const calls = workbook.calls.total;

  const maps = Array.from({ length: 50 }, (_, i) => riskMap(BUILT_IN_RISK_THRESHOLDS.length, i));
  let high = 0;
  const coreMs = bestTimeMs(() => {
    high = 0;
    for (let s = 0; s < SCHOOLS; s++) {
      const assessment = assessRiskProfileGrids(maps[s % maps.length]!, thresholds, new Journal());
      high += assessment ? highRiskCount(assessment) : 0;
    }
  }, 1);

  const range = Array.from({ length: 10_000 }, (_, i) => [(i % 100) / 100]);
  const formulaMs = bestTimeMs(() => RISK_LEVEL(range, 15, 30));

  return [
    {
      work: `Оценить рисковый профиль, ${ACTION_ROWS} rows: spreadsheet calls`,
      measured: String(calls),
      budget: `≤ ${CALL_BUDGET}`,
      ok: calls <= CALL_BUDGET,
    },
    {
      work: `Оценить рисковый профиль, ${ACTION_ROWS} rows: time`,
      measured: `${actionMs.toFixed(0)} ms`,
      budget: '< 1000 ms',
      ok: actionMs < 1000,
    },
    {
      work: `risk core per school risk map (${SCHOOLS} maps, ${high} high risks)`,
      measured: `${(coreMs / SCHOOLS).toFixed(2)} ms`,
      budget: `< ${PER_SCHOOL_BUDGET_MS} ms`,
      ok: coreMs / SCHOOLS < PER_SCHOOL_BUDGET_MS,
    },
    {
      work: 'RISK_LEVEL over 10,000 cells',
      measured: `${formulaMs.toFixed(0)} ms`,
      budget: '< 1000 ms',
      ok: formulaMs < 1000,
    },
  ];
}
