// How a failure reaches the user and the administrator (PRODUCT.md §13): the user reads one Russian
// sentence built from the kind of the failure; the original error, with its stack, goes to the
// Executions log (console.error in Apps Script), never into a cell or a dialog.
import { ExplainedError } from '../../core/failures/explainedError';
import { classifyServiceMessage } from '../../core/failures/serviceFailure';
import type { FailureCause } from '../../core/messages/failures';
import { SpreadsheetReadError } from './spreadsheetReadError';

/** Errors of our own code: whatever their text says, they are a bug, not Google's answer. */
const PROGRAM_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError];

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch (_ignored) {
    return '';
  }
}

/** What kind of failure the error is, for the sentence the user reads. */
export function failureCause(error: unknown): FailureCause {
  if (error instanceof ExplainedError) return { kind: 'explained', reason: error.message };
  if (PROGRAM_ERRORS.some((type) => error instanceof type)) return { kind: 'unexpected' };
  // A read error is classified already; Google's 'other' is, for the user, a surprise like ours.
  const kind =
    error instanceof SpreadsheetReadError ? error.failure : classifyServiceMessage(messageOf(error));
  return { kind: kind === 'other' ? 'unexpected' : kind };
}

/** The original error, for the Executions log of the script. */
export function logFailure(where: string, error: unknown): void {
  const detail =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : messageOf(error);
  console.error(`ШНОР-монитор, ${where}: ${detail}`);
}
