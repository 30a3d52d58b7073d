// What every failure a user sees must be (PRODUCT.md §13): one Russian sentence, no English
// exception text. The checks are on the text only, so they hold for dialogs, toasts and cells.

/** One sentence: no line break, no full stop followed by another sentence. */
export function isOneSentence(text: string): boolean {
  return !text.includes('\n') && !/[.!?]\s+[«А-ЯЁA-Z]/u.test(text);
}

/** Russian: no run of Latin words beyond the product names we use («Apps Script», «Google»). */
export function hasNoEnglish(text: string): boolean {
  const stripped = text.replace(/Apps Script|Google|Excel|Drive|Sheets/g, '');
  return !/[A-Za-z]{3,}/.test(stripped);
}
