// Google's services fail with English text and no stable codes in Apps Script (a
// GoogleJsonResponseException carries only its message), so the kind of failure is read from the
// words Google uses (https://developers.google.com/workspace/sheets/api/limits,
// https://developers.google.com/drive/api/guides/handle-errors,
// https://developers.google.com/apps-script/guides/support/troubleshooting). The kind decides the
// one step the user is told to take: wait and repeat, ask for access, fix the link, grant a scope.

export const SERVICE_FAILURES = [
  /** Per-minute read quota: the same call works a minute later. */
  'quota',
  /** Google's side failed (Internal Error, Backend Error, timed out): repeating works. */
  'temporary',
  /** Another execution held the lock too long. */
  'busy',
  /** The user may not open the file or folder. */
  'noAccess',
  /** The file, folder or sheet no longer exists (or is hidden from the user: Drive says 404 then). */
  'gone',
  /** The add-on was not granted a scope it needs. */
  'authorization',
  /** A range names a sheet the file does not have. */
  'missingSheet',
  /** An .xlsx or another file the Sheets API cannot read as a spreadsheet. */
  'notSpreadsheet',
  'other',
] as const;

export type ServiceFailure = (typeof SERVICE_FAILURES)[number];

/** Every kind a failure sentence is worded for: Google's kinds, and a bug of ours. */
export const FAILURE_KINDS = [...SERVICE_FAILURES, 'unexpected'] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

// Order matters: «User rate limit exceeded» is a quota, not a permission, although Google sends
// it with HTTP 403; «Service Spreadsheets timed out while accessing document» is temporary.
const PATTERNS: readonly (readonly [ServiceFailure, RegExp])[] = [
  ['quota', /quota|rate limit|too many requests|\b429\b|user rate|service invoked too many times/i],
  ['busy', /lock timeout|could not obtain lock|another process was holding the lock/i],
  ['missingSheet', /unable to parse range/i],
  ['notSpreadsheet', /not supported for this document/i],
  [
    'authorization',
    /authori[sz]ation is required|required permissions|insufficient (?:authentication )?scopes?|have permission to call/i,
  ],
  [
    'temporary',
    /internal error|backend error|server error|service error|service unavailable|timed out|timeout|try again|unavailable|\b50[0234]\b|bad gateway|unexpected error while getting/i,
  ],
  ['gone', /not found|\b404\b|does not exist|no item with the given id|deleted|trashed|\b410\b/i],
  // A protected range or sheet refuses the write as a lack of access: its owner can lift it.
  [
    'noAccess',
    /permission|forbidden|\b403\b|access denied|not authorized|unauthori[sz]ed|\b401\b|protected cell|protected range|remove protection/i,
  ],
];

/**
 * Long enough for any message Google gives; a message longer than this (a stack, a cell's text
 * quoted in it) is cut so that the patterns run on a bounded text.
 */
const MESSAGE_CHARS = 2000;

/** The kind of a failure a Google service reported, read from its message. */
export function classifyServiceMessage(message: string): ServiceFailure {
  const text = message.slice(0, MESSAGE_CHARS);
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
