// Why reading another spreadsheet failed, told apart so that the summary can react: a quota stops
// the run (the file is read next time), a missing sheet leads to reading the file's sheet list,
// anything else is that file's «Ошибка».

export type ReadFailure = 'quota' | 'noAccess' | 'missingSheet' | 'notSpreadsheet' | 'other';

export class SpreadsheetReadError extends Error {
  constructor(
    readonly failure: ReadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetReadError';
  }
}

// The messages Google's APIs give (https://developers.google.com/workspace/sheets/api/limits,
// https://developers.google.com/drive/api/guides/handle-errors).
const PATTERNS: readonly (readonly [ReadFailure, RegExp])[] = [
  ['quota', /quota|rate limit|too many requests|\b429\b|user rate/i],
  ['missingSheet', /unable to parse range/i],
  ['notSpreadsheet', /not supported for this document/i],
  ['noAccess', /permission|forbidden|\b403\b|not found|\b404\b|requested entity was not found/i],
];

/** Classifies an error an advanced service threw. */
export function classifyReadError(error: unknown): SpreadsheetReadError {
  if (error instanceof SpreadsheetReadError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const failure = PATTERNS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
  return new SpreadsheetReadError(failure, message);
}
