// Drive ids in the links people paste. An id is what Drive and the Sheets API accept; it also goes
// into a Drive search query, so only the characters Drive uses in ids ever pass.

const ID = /^[A-Za-z0-9_-]{10,}$/;

const ID_IN_URL: readonly RegExp[] = [
  /\/folders\/([A-Za-z0-9_-]{10,})/,
  /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/,
  /\/file\/d\/([A-Za-z0-9_-]{10,})/,
  /\/d\/([A-Za-z0-9_-]{10,})/,
  /[?&]id=([A-Za-z0-9_-]{10,})/,
];

/**
 * The Drive id in a folder link as copied from Drive («https://drive.google.com/drive/folders/…»,
 * «…/drive/u/0/folders/…?usp=sharing», «…/open?id=…») or a bare id; null when there is none.
 */
export function parseDriveId(text: unknown): string | null {
  const value = String(text ?? '').trim();
  if (value === '') return null;
  if (ID.test(value)) return value;
  for (const pattern of ID_IN_URL) {
    const match = pattern.exec(value);
    if (match) return match[1]!;
  }
  return null;
}

/** The link written into «Сводка» → «Файл»: plain text, which Sheets shows as a link. */
export function spreadsheetUrl(fileId: string): string {
  return `https://docs.google.com/spreadsheets/d/${fileId}/edit`;
}
