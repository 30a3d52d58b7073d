// The fault-injection tier (issue 11, PRODUCT.md §13): an action is run on a workbook a person has
// worked on, failing at its 1st, 2nd, … n-th service call in turn (Google's temporary error, thrown
// before the call does anything), then run again without a failure. Each time:
// - every sheet is either exactly as before the run or exactly as after a run that never failed —
//   nothing half-written, nothing a user added lost, no input cell changed;
// - the user saw one Russian sentence (or nothing, where the failing call was a toast);
// - the clean re-run gives exactly the workbook of a run that never failed.
import { expect, vi } from 'vitest';
import type { CellValue } from '../../src/core/cells/cellValue';
import type { ActionResult } from '../../src/server/actions/runAction';
import type { CallCounter } from '../fakes/callCounter';
import type { FakeContext } from '../fakes/fakeContext';
import { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';

/**
 * A workbook for a sweep: its sheets have 60 rows instead of Sheets' 1000 (as if the user deleted
 * the empty ones), which is room for every table here. A sweep builds a fresh workbook for each of
 * up to a hundred calls and runs the action twice on it; the template's formats over 1000 rows were
 * most of that cost.
 */
export function sweepWorkbook(...args: ConstructorParameters<typeof FakeSpreadsheet>): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet(...args);
  spreadsheet.newSheetRows = 60;
  return spreadsheet;
}

export interface SheetState {
  readonly values: CellValue[][];
  readonly formulas: Record<string, string>;
}

export type WorkbookState = Record<string, SheetState>;

export function workbookState(spreadsheet: FakeSpreadsheet): WorkbookState {
  const state: WorkbookState = {};
  for (const sheet of spreadsheet.sheets) {
    state[sheet.getNameUncounted()] = { values: sheet.values(), formulas: sheet.formulas() };
  }
  return state;
}

export interface FaultRun {
  readonly spreadsheet: FakeSpreadsheet;
  readonly context: FakeContext;
  /** The action as the menu runs it. */
  readonly run: () => ActionResult;
  /** The counter whose calls are failed in turn; default: the spreadsheet's. */
  readonly calls?: CallCounter;
  /**
   * The workbook as compared: drops what may rightly differ between a run and its repetition
   * (the moment «Обновлено» of a new collection pass).
   */
  readonly comparable?: (state: WorkbookState) => WorkbookState;
  /**
   * A third state a failed run may rightly leave (a school file whose read failed is marked in
   * «Сводка» while the others are read): asserts it keeps what the user added.
   */
  readonly partial?: (state: WorkbookState, before: WorkbookState) => void;
}

export interface SweepReport {
  /** Calls of the run that never failed: the sweep failed each of them in turn. */
  readonly calls: number;
  /** The names of the calls, in order. */
  readonly log: readonly string[];
  readonly before: WorkbookState;
  readonly after: WorkbookState;
  /** How many injected failures the user was told about (the rest hit a toast, which is quiet). */
  readonly reported: number;
}

// Cyrillic, and none of Google's English («Service Spreadsheets timed out…»).
const RUSSIAN = /[А-Яа-яЁё]/;
const ENGLISH_ERROR = /Service|Exception|Error|timed out/;

/**
 * Runs `setUp()`'s action clean once (the reference), then once per call index failing there, and
 * checks every promise above. `setUp` must build a fresh, identical workbook each time.
 */
export function sweepAction(setUp: () => FaultRun): SweepReport {
  // Every injected failure is logged for the Executions log; the sweep makes hundreds of them.
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return sweep(setUp);
  } finally {
    log.mockRestore();
  }
}

function sweep(setUp: () => FaultRun): SweepReport {
  const reference = setUp();
  const counter = reference.calls ?? reference.spreadsheet.calls;
  const comparable = reference.comparable ?? ((state: WorkbookState) => state);
  const stateOf = (spreadsheet: FakeSpreadsheet): WorkbookState => comparable(workbookState(spreadsheet));
  const rawBefore = workbookState(reference.spreadsheet);
  const before = comparable(rawBefore);
  counter.reset();
  const clean = reference.run();
  expect(clean.ok, `the reference run failed: ${clean.message}`).toBe(true);
  const after = stateOf(reference.spreadsheet);
  const log = [...counter.log];
  let reported = 0;

  for (let n = 1; n <= log.length; n++) {
    const attempt = setUp();
    const calls = attempt.calls ?? attempt.spreadsheet.calls;
    const where = `failing call ${n} of ${log.length} (${log[n - 1]})`;
    calls.reset();
    calls.failOn(n);
    const result = attempt.run();
    expect(calls.failurePending, `${where}: the run made fewer calls than the reference`).toBe(false);

    const raw = workbookState(attempt.spreadsheet);
    const failed = comparable(raw);
    for (const name of new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(failed)])) {
      const now = failed[name];
      const asBefore = JSON.stringify(now) === JSON.stringify(before[name]);
      const asAfter = JSON.stringify(now) === JSON.stringify(after[name]);
      if (!asBefore && !asAfter && attempt.partial) {
        attempt.partial(raw, rawBefore);
      } else if (!asBefore && !asAfter) {
        // Shown as the difference from the clean result, which is the more telling one.
        expect(now, `${where}: «${name}» is neither as before nor as after a clean run`).toEqual(after[name]);
      }
    }

    const alerts = attempt.context.ui.alerts;
    if (!result.ok) {
      reported++;
      expect(alerts, `${where}: one dialog`).toHaveLength(1);
      const message = alerts[0]!.message;
      expect(message, `${where}: a Russian sentence`).toMatch(RUSSIAN);
      expect(message, `${where}: no English error text`).not.toMatch(ENGLISH_ERROR);
      expect(result.message, `${where}: the result says it in Russian too`).toMatch(RUSSIAN);
    } else {
      expect(alerts, `${where}: the run went on, so no dialog`).toHaveLength(0);
    }

    const again = attempt.run();
    expect(again.ok, `${where}: the clean re-run failed: ${again.message}`).toBe(true);
    const rerun = stateOf(attempt.spreadsheet);
    expect(rerun, `${where}: the clean re-run differs from a run that never failed`).toEqual(after);
  }
  return { calls: log.length, log, before, after, reported };
}
