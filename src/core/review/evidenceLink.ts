// The `Ссылка на документ` of a measure as the evidence check sees it (PRODUCT.md §7): a link to a
// Google Drive item (checked through its metadata), something else (a school site, a file name, a
// «см. папку»), or nothing. Every address the add-on writes or shows is rebuilt from a validated
// Drive id, never copied from the school's text.
import type { CellValue } from '../cells/cellValue';
import { parseDriveId, spreadsheetUrl } from '../summary/driveIds';
import { isBlank } from '../text/normalize';

export type EvidenceLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'drive'; readonly id: string }
  | { readonly kind: 'notDrive' };

// Only Google's own hosts: «https://evil.example/file/d/1234567890abc» names no Drive file. The
// scheme is optional: people paste «drive.google.com/file/d/…» and Sheets shows it as a link; the
// host then must not continue another name («xdrive.google.com», «evil.example/drive.google.com»).
const GOOGLE_LINK = /(?:https?:\/\/|(?<![\w./@-]))(?:drive|docs)\.google\.com\/[^\s"'<>]*/i;

/** What the school's cell links to. A bare word is not a link, even when it looks like an id. */
export function parseEvidenceLink(value: CellValue): EvidenceLink {
  if (isBlank(value) || value === false) return { kind: 'none' };
  const match = GOOGLE_LINK.exec(String(value));
  const id = match ? parseDriveId(match[0]) : null;
  return id ? { kind: 'drive', id } : { kind: 'notDrive' };
}

/** The evidence's address in «Очередь проверки» → «Документ»: Drive opens any item kind by id. */
export function documentUrl(id: string): string {
  return `https://drive.google.com/open?id=${id}`;
}

/**
 * The address that opens the school's file on the measure's row: the sheet by its id (gid), the
 * row by its A1 range. Without the sheet id the file opens on its first sheet.
 */
export function rowUrl(fileId: string, sheetId: number | null, rowNumber: number): string {
  const base = spreadsheetUrl(fileId);
  return sheetId === null ? base : `${base}#gid=${sheetId}&range=A${rowNumber}`;
}

/**
 * A «Строка» cell read back, rebuilt from what it names (file id, sheet id, row) rather than
 * trusted as an address: the curator may have typed anything over it. Null when it names no file.
 */
export function rebuildRowUrl(text: unknown): string | null {
  const value = String(text ?? '');
  const fileId = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(value)?.[1];
  if (!fileId) return null;
  const gid = /#gid=(\d{1,10})(?:&|$)/.exec(value)?.[1];
  const row = rowOfUrl(value);
  return gid !== undefined && row !== null ? rowUrl(fileId, Number(gid), row) : rowUrl(fileId, null, 0);
}

/** A «Документ» cell read back: the Drive address rebuilt from its id; null when it names none. */
export function rebuildDocumentUrl(text: unknown): string | null {
  const link = parseEvidenceLink(String(text ?? ''));
  return link.kind === 'drive' ? documentUrl(link.id) : null;
}

/** The sheet row a «Строка» link points at (for ordering rows read back); null when it names none. */
export function rowOfUrl(text: unknown): number | null {
  const match = /[#&]range=A(\d+)\b/.exec(String(text ?? ''));
  return match ? Number(match[1]) : null;
}
