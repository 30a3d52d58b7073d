// Where a long collection stopped (PRODUCT.md §7). A folder of 300 schools does not fit one Apps
// Script execution (6 min), so a pass spans several runs. The cursor holds only the folder and the
// moment the pass began: a file counts as read in this pass when its «Сводка» row was updated
// since then, so the sheet itself is the list of done files. That keeps the cursor a few dozen
// bytes (a document property holds 9 KB) and loses no file that is added to the folder mid-pass.

/** The document property that holds the cursor. */
export const CURSOR_PROPERTY = 'shnor.summaryCursor';

export interface CollectionCursor {
  readonly folderId: string;
  readonly passStartedAt: Date;
}

// Stamps are whole seconds and a new pass starts at least a second after the last stamp in the
// sheet, so a read-back stamp (a Sheets serial number, rounded) never lands in the wrong pass.
const SECOND_MS = 1000;
const READ_BACK_SLACK_MS = 500;
const MAX_CLOCK_SKEW_MS = 60 * SECOND_MS;

/** The moment as written into «Обновлено»: whole seconds, never before the pass began. */
export function readStamp(now: Date, cursor: CollectionCursor): Date {
  const seconds = Math.floor(now.getTime() / SECOND_MS) * SECOND_MS;
  return new Date(Math.max(seconds, cursor.passStartedAt.getTime()));
}

export function encodeCursor(cursor: CollectionCursor): string {
  return JSON.stringify({
    v: 1,
    folderId: cursor.folderId,
    passStartedAt: cursor.passStartedAt.toISOString(),
  });
}

/** The saved cursor, or null when there is none or it cannot be read (a new pass then starts). */
export function decodeCursor(text: string | null): CollectionCursor | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as { v?: unknown; folderId?: unknown; passStartedAt?: unknown };
    if (data.v !== 1 || typeof data.folderId !== 'string' || typeof data.passStartedAt !== 'string')
      return null;
    const passStartedAt = new Date(data.passStartedAt);
    if (Number.isNaN(passStartedAt.getTime())) return null;
    return { folderId: data.folderId, passStartedAt };
  } catch (_error) {
    return null;
  }
}

/**
 * The pass this run works on: the saved one when it is for the same folder, else a new pass from
 * now (a changed «Папка школ» restarts cleanly). `restart` starts a new pass whatever is saved.
 * `latestStamp` is the newest «Обновлено» in the sheet: a new pass begins after it.
 */
export function passFor(
  saved: CollectionCursor | null,
  folderId: string,
  now: Date,
  restart: boolean,
  latestStamp: Date | null,
): { readonly cursor: CollectionCursor; readonly resumed: boolean } {
  if (!restart && saved && saved.folderId === folderId) return { cursor: saved, resumed: true };
  const seconds = Math.floor(now.getTime() / SECOND_MS) * SECOND_MS;
  // A date typed by hand far in the future must not push every later stamp there.
  const plausible = latestStamp && latestStamp.getTime() <= now.getTime() + MAX_CLOCK_SKEW_MS;
  const afterLatest = plausible ? Math.floor(latestStamp.getTime() / SECOND_MS) * SECOND_MS + SECOND_MS : 0;
  return { cursor: { folderId, passStartedAt: new Date(Math.max(seconds, afterLatest)) }, resumed: false };
}

/** The file's row was written in this pass. */
export function readInPass(updatedAt: unknown, cursor: CollectionCursor): boolean {
  return (
    updatedAt instanceof Date && updatedAt.getTime() >= cursor.passStartedAt.getTime() - READ_BACK_SLACK_MS
  );
}
