import { Journal } from '../../core/journal/journal';
import { commonMessages } from '../../core/messages/common';
import { failureMessages } from '../../core/messages/failures';
import { MENU_TITLE } from '../../core/messages/menu';
import type { AddonContext } from '../context';
import { writeJournal } from '../io/journalWriter';
import { failureCause, logFailure } from '../platform/failureReport';

export interface ActionOutcome {
  /** What the toast says the action did, without the journal part. */
  readonly summary: string;
}

export interface ActionRun {
  readonly context: AddonContext;
  readonly journal: Journal;
  /** The spreadsheet's zone, read once per run on first use (dates in cells are midnights there). */
  readonly timeZone: string;
}

export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
  readonly journalCount: number;
}

const LOCK_WAIT_MS = 30_000;

/** Shows the sentence in a dialog when there is a UI; a trigger run only logs it. Never throws. */
export function tellFailure(context: AddonContext, message: string): void {
  if (!context.ui) {
    // A trigger run has no UI: the Executions log is where an administrator sees it.
    console.error(message);
    return;
  }
  try {
    context.ui.alert(failureMessages.title, message);
  } catch (error) {
    logFailure('окно с сообщением', error);
  }
}

/**
 * Takes the document lock, or says in one sentence why not: busy, or the lock service itself
 * failed (it throws on its own quota or outage). Null when the lock is held.
 */
function acquireLock(context: AddonContext, label: string): string | null {
  try {
    if (context.lock.tryLock(LOCK_WAIT_MS)) return null;
    return failureMessages.action(label, { kind: 'busy' });
  } catch (error) {
    logFailure(`«${label}», блокировка`, error);
    const cause = failureCause(error);
    return failureMessages.action(label, cause.kind === 'unexpected' ? { kind: 'busy' } : cause);
  }
}

/** Releases the lock; a failing release is only logged: Apps Script frees it when the run ends. */
function releaseLock(context: AddonContext, label: string): void {
  try {
    context.lock.releaseLock();
  } catch (error) {
    logFailure(`«${label}», снятие блокировки`, error);
  }
}

/** Logs the original error and gives the one Russian sentence the user reads about it. */
export function actionFailure(label: string, error: unknown): string {
  logFailure(`«${label}»`, error);
  return failureMessages.action(label, failureCause(error));
}

function failed(context: AddonContext, message: string): ActionResult {
  tellFailure(context, message);
  return { ok: false, message, journalCount: 0 };
}

/**
 * Runs `body` holding the document lock («Пересчитать всё» holds it over its three steps). Busy,
 * a failing lock service or a failure inside: the user reads one Russian sentence, and the
 * original goes to the Executions log only.
 */
export function underLock(context: AddonContext, label: string, body: () => ActionResult): ActionResult {
  const refused = acquireLock(context, label);
  if (refused !== null) return failed(context, refused);
  try {
    return body();
  } catch (error) {
    return failed(context, actionFailure(label, error));
  } finally {
    releaseLock(context, label);
  }
}

/**
 * The frame of every writing action: hold the document lock, run, replace the action's journal
 * rows, toast what was done. A failure is one Russian sentence for the user; its original goes to
 * the Executions log only.
 */
export function runAction(
  context: AddonContext,
  label: string,
  body: (run: ActionRun) => ActionOutcome,
  options: { readonly toast?: boolean } = {},
): ActionResult {
  const showToast = options.toast ?? true;
  return underLock(context, label, () => {
    const journal = new Journal();
    // Asked on first use only: an action that reads no date (the import) saves the call.
    let timeZone: string | null = null;
    const outcome = body({
      context,
      journal,
      get timeZone(): string {
        timeZone ??= context.spreadsheet.getSpreadsheetTimeZone();
        return timeZone;
      },
    });
    writeJournal(context.spreadsheet, label, journal.entries, context.now(), context.documentProperties);
    const message = outcome.summary + commonMessages.journalSuffix(journal.size);
    if (showToast) toastQuietly(context, message);
    return { ok: true, message, journalCount: journal.size };
  });
}

/** Everything is written by then: a toast that fails must not turn the run into a failure. */
export function toastQuietly(context: AddonContext, message: string, seconds = 8): void {
  try {
    context.spreadsheet.toast(message, MENU_TITLE, seconds);
  } catch (error) {
    logFailure('всплывающее сообщение', error);
  }
}
