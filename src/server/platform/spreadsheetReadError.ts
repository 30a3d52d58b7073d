// Why reading another spreadsheet failed, told apart so that the summary can react: a quota stops
// the run (the file is read next time), a missing sheet leads to reading the file's sheet list,
// anything else is that file's «Ошибка», worded by its kind (core/failures/serviceFailure.ts).
import { classifyServiceMessage, type ServiceFailure } from '../../core/failures/serviceFailure';

export class SpreadsheetReadError extends Error {
  constructor(
    readonly failure: ServiceFailure,
    message: string,
    /** The error the service threw, for the Executions log. */
    readonly original?: unknown,
  ) {
    super(message);
    this.name = 'SpreadsheetReadError';
  }
}

/** Classifies an error an advanced service threw. */
export function classifyReadError(error: unknown): SpreadsheetReadError {
  if (error instanceof SpreadsheetReadError) return error;
  // A TypeError here is a response without the fields we read: not Google's words, a surprise.
  if (error instanceof TypeError) return new SpreadsheetReadError('other', error.message, error);
  const message = error instanceof Error ? error.message : String(error);
  return new SpreadsheetReadError(classifyServiceMessage(message), message, error);
}
