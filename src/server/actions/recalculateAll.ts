// «Пересчитать всё» (PRODUCT.md §3): the three recalculating actions under one document lock, in
// the order their results build on, with one toast. Each step still replaces its own rows of
// «Журнал проверки», so running a step alone later leaves no duplicates.
import { menuLabels } from '../../core/messages/menu';
import { sidebarMessages as m } from '../../core/messages/sidebar';
import type { AddonContext } from '../context';
import type { LockLike, SpreadsheetLike } from '../platform/surface';
import { assessRiskProfile } from './assessRiskProfile';
import { identifyLowResultSchools } from './identifyLowResultSchools';
import { refreshStatuses } from './refreshStatuses';
import { type ActionResult, tellFailure, toastQuietly, underLock } from './runAction';

const STEPS: readonly { readonly label: string; readonly run: (context: AddonContext) => ActionResult }[] = [
  { label: menuLabels.identify, run: identifyLowResultSchools },
  { label: menuLabels.assessRisk, run: assessRiskProfile },
  { label: menuLabels.refreshStatuses, run: refreshStatuses },
];

/** The lock is already held by this execution: the steps must not wait for it or release it. */
const HELD_LOCK: LockLike = { tryLock: () => true, releaseLock: () => {} };

/** The same workbook, whose toasts are collected into the one toast of «Пересчитать всё». */
function withoutToasts(spreadsheet: SpreadsheetLike): SpreadsheetLike {
  return {
    getId: () => spreadsheet.getId(),
    getName: () => spreadsheet.getName(),
    getUrl: () => spreadsheet.getUrl(),
    getSheetByName: (name) => spreadsheet.getSheetByName(name),
    getSheets: () => spreadsheet.getSheets(),
    insertSheet: (name, index) =>
      index === undefined ? spreadsheet.insertSheet(name) : spreadsheet.insertSheet(name, index),
    getSpreadsheetTimeZone: () => spreadsheet.getSpreadsheetTimeZone(),
    toast: () => {},
  };
}

export function recalculateAll(context: AddonContext): ActionResult {
  // Each step catches its own failure; what underLock catches is the spreadsheet itself failing to answer.
  return underLock(context, menuLabels.recalculateAll, () => {
    // Without a Ui, a failing step only logs: one click shows at most one dialog, not one per step.
    const inner: AddonContext = {
      ...context,
      ui: null,
      lock: HELD_LOCK,
      spreadsheet: withoutToasts(context.spreadsheet),
    };
    const results = STEPS.map((step) => ({ label: step.label, result: step.run(inner) }));
    const message = m.recalculated(
      results.map((r) => ({ label: r.label, message: r.result.message, ok: r.result.ok })),
    );
    toastQuietly(context, message, 10);
    const failures = [...new Set(results.filter((r) => !r.result.ok).map((r) => r.result.message))];
    if (failures.length > 0) tellFailure(context, failures.join(' '));
    return {
      ok: results.every((r) => r.result.ok),
      message,
      journalCount: results.reduce((sum, r) => sum + r.result.journalCount, 0),
    };
  });
}
