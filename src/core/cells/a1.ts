// A1 notation, as Sheets names cells and ranges.

/** 1 → «A», 27 → «AA». */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** «B2» for one cell, «B2:D10» for a block. */
export function a1Notation(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
