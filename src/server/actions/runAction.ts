import { Journal } from '../../core/journal/journal';
import { commonMessages } from '../../core/messages/common';
import { MENU_TITLE } from '../../core/messages/menu';
import type { AddonContext } from '../context';
import { writeJournal } from '../io/journalWriter';

export interface ActionOutcome {
  /** What the toast says the action did, without the journal part. */
  readonly summary: string;
}

export interface ActionRun {
  readonly context: AddonContext;
  readonly journal: Journal;
  /** The spreadsheet's zone, read once per run (dates in cells are midnights there). */
  readonly timeZone: string;
}

export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
  readonly journalCount: number;
}

const LOCK_WAIT_MS = 30_000;

/**
 * The frame of every writing action: hold the document lock, run, replace the action's journal
 * rows, toast what was done. An unexpected error is shown in Russian, never as a stack.
 */
export function runAction(
  context: AddonContext,
  label: string,
  body: (run: ActionRun) => ActionOutcome,
  options: { readonly toast?: boolean } = {},
): ActionResult {
  const showToast = options.toast ?? true;
  if (!context.lock.tryLock(LOCK_WAIT_MS)) {
    context.ui?.alert(MENU_TITLE, commonMessages.busy);
    return { ok: false, message: commonMessages.busy, journalCount: 0 };
  }
  try {
    const journal = new Journal();
    const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
    const outcome = body({ context, journal, timeZone });
    writeJournal(context.spreadsheet, label, journal.entries, context.now(), context.documentProperties);
    const message = outcome.summary + commonMessages.journalSuffix(journal.size);
    if (showToast) context.spreadsheet.toast(message, MENU_TITLE, 8);
    return { ok: true, message, journalCount: journal.size };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = commonMessages.failed(label, detail);
    if (context.ui) context.ui.alert(commonMessages.failedTitle, message);
    // A trigger run has no UI: the Executions log of the script is where an administrator sees it.
    else console.error(message);
    return { ok: false, message, journalCount: 0 };
  } finally {
    context.lock.releaseLock();
  }
}
