import { describe, expect, it } from 'vitest';
import { classifyServiceMessage, type ServiceFailure } from '../../../src/core/failures/serviceFailure';

// Messages as Google's services give them in Apps Script (advanced services wrap the API's text in
// «API call to … failed with error: …»; SpreadsheetApp and LockService throw their own).
const CASES: readonly (readonly [string, ServiceFailure])[] = [
  [
    'API call to sheets.spreadsheets.values.batchGet failed with error: Internal error encountered.',
    'temporary',
  ],
  [
    'GoogleJsonResponseException: API call to drive.files.list failed with error: Internal Error',
    'temporary',
  ],
  ['API call to drive.files.get failed with error: Backend Error', 'temporary'],
  ['Service Spreadsheets timed out while accessing document with id 1abc.', 'temporary'],
  ["We're sorry, a server error occurred. Please wait a bit and try again.", 'temporary'],
  ['Service error: Spreadsheets', 'temporary'],
  [
    'API call to sheets.spreadsheets.values.batchGet failed with error: The service is currently unavailable.',
    'temporary',
  ],
  [
    "API call to sheets.spreadsheets.values.batchGet failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'",
    'quota',
  ],
  ['API call to drive.files.get failed with error: User rate limit exceeded.', 'quota'],
  ['Service invoked too many times for one day: urlfetch.', 'quota'],
  ['Lock timeout: another process was holding the lock for too long.', 'busy'],
  [
    'API call to sheets.spreadsheets.values.batchGet failed with error: The caller does not have permission',
    'noAccess',
  ],
  [
    'API call to drive.files.get failed with error: The user does not have sufficient permissions for this file.',
    'noAccess',
  ],
  ['Access denied: DriveApp.', 'noAccess'],
  [
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    'noAccess',
  ],
  ['API call to drive.files.get failed with error: File not found: 1AbC.', 'gone'],
  ['API call to sheets.spreadsheets.get failed with error: Requested entity was not found.', 'gone'],
  ['The sheet you are trying to access has been deleted.', 'gone'],
  ['Authorization is required to perform that action.', 'authorization'],
  [
    'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    'authorization',
  ],
  ['Request had insufficient authentication scopes.', 'authorization'],
  [
    "API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'Настройки'",
    'missingSheet',
  ],
  [
    'API call to sheets.spreadsheets.get failed with error: This operation is not supported for this document',
    'notSpreadsheet',
  ],
  ["Cannot read properties of undefined (reading 'values')", 'other'],
  ['', 'other'],
];

describe('classifyServiceMessage', () => {
  it.each(CASES)('%s → %s', (message, kind) => {
    expect(classifyServiceMessage(message)).toBe(kind);
  });

  it('reads only the start of a huge message (a cell quoted in it), whatever follows', () => {
    const message = `Internal error${' x'.repeat(500_000)} not found`;
    expect(classifyServiceMessage(message)).toBe('temporary');
    expect(classifyServiceMessage(`${'x'.repeat(5000)} Internal error`)).toBe('other');
  });
});
