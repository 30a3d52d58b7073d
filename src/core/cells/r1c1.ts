// Formulas in R1C1 and A1 notation. The owned-sheet writer reads a user's formulas with
// getFormulasR1C1, where a relative reference does not depend on the cell («R[0]C[-2]»: two to the
// left in the same row), and writes them back in A1 at the row's new place inside the one
// setValues of the block, so a formula moved with its row still points at its own row and the
// block is written in one call (a second setFormulas call could fail after the values landed).
// Apps Script formulas are always in the en_US syntax, whatever the spreadsheet's locale.
import { columnLetters } from './a1';

/** Letters and digits of names (functions, named ranges, unquoted sheet names): no reference there. */
const NAME_CHAR = /[\p{L}\p{N}_.$]/u;

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHAR.test(ch);
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Walks a formula outside its string literals ("…", with "" inside) and quoted sheet names ('…'),
 * offering each position where a name can start to `at`, which returns the replacement and the
 * length it consumed, or null to copy one character.
 */
function rewriteReferences(
  formula: string,
  at: (text: string, index: number) => { text: string; length: number } | null,
): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const replaced = isNameChar(formula[i - 1]) ? null : at(formula, i);
    if (replaced) {
      out += replaced.text;
      i += replaced.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

// R1C1 parts: «R» absolute «R3», relative «R[-1]», or the same row «R» (before «C»).
const R1C1_CELL = /R(?:\[(-?\d+)\]|(\d+))?C(?:\[(-?\d+)\]|(\d+))?/y;
const R1C1_ROW = /R(?:\[(-?\d+)\]|(\d+))/y;
const R1C1_COLUMN = /C(?:\[(-?\d+)\]|(\d+))/y;

/**
 * One end of a reference in A1 («$3», «C»), from its R1C1 part: absolute «3», relative «[-1]» to
 * `base`, or `base` itself; null where it falls off the sheet (the formula shows #REF!).
 */
function a1Part(
  relative: string | undefined,
  absolute: string | undefined,
  base: number,
  name: (n: number) => string,
): string | null {
  const n =
    absolute !== undefined ? Number(absolute) : base + (relative === undefined ? 0 : Number(relative));
  if (n < 1) return null;
  return `${absolute !== undefined ? '$' : ''}${name(n)}`;
}

/** Whole rows or columns stand alone in R1C1 («R2»), but A1 needs both ends («2:2»). */
function wholeLine(text: string, formula: string, index: number, length: number): string {
  const inRange = formula[index - 1] === ':' || formula[index + length] === ':';
  return inRange ? text : `${text}:${text}`;
}

/** The formula as A1 text for the cell at (row, column), 1-based. Text that is no formula is returned as is. */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  if (!formula.startsWith('=')) return formula;
  return rewriteReferences(formula, (text, index) => {
    for (const pattern of [R1C1_CELL, R1C1_ROW, R1C1_COLUMN]) {
      pattern.lastIndex = index;
      const m = pattern.exec(text);
      if (!m) continue;
      const length = m[0].length;
      const next = text[index + length];
      if (isNameChar(next) || next === '(' || next === '!') continue;
      if (pattern === R1C1_CELL) {
        const r = a1Part(m[1], m[2], row, String);
        const c = a1Part(m[3], m[4], column, columnLetters);
        return { text: r === null || c === null ? '#REF!' : `${c}${r}`, length };
      }
      const line =
        pattern === R1C1_ROW ? a1Part(m[1], m[2], row, String) : a1Part(m[1], m[2], column, columnLetters);
      return { text: line === null ? '#REF!' : wholeLine(line, text, index, length), length };
    }
    return null;
  });
}

const A1_CELL = /(\$?)([A-Z]{1,3})(\$?)(\d+)/y;
const A1_COLUMNS = /(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![\d(])/y;
const A1_ROWS = /(\$?)(\d+):(\$?)(\d+)/y;

function r1c1Part(letter: 'R' | 'C', n: number, fixed: boolean, base: number): string {
  return fixed ? `${letter}${n}` : `${letter}[${n - base}]`;
}

/**
 * The A1 formula of the cell at (row, column) in R1C1 notation, as getFormulasR1C1 gives it
 * («=B2» in C2 is «=R[0]C[-1]»). For the fakes and for tests of the way back.
 */
export function a1ToR1C1(formula: string, row: number, column: number): string {
  if (!formula.startsWith('=')) return formula;
  return rewriteReferences(formula, (text, index) => {
    A1_COLUMNS.lastIndex = index;
    const columns = A1_COLUMNS.exec(text);
    if (columns && !isNameChar(text[index + columns[0].length])) {
      const from = r1c1Part('C', lettersToColumn(columns[2]!), columns[1] === '$', column);
      const to = r1c1Part('C', lettersToColumn(columns[4]!), columns[3] === '$', column);
      return { text: `${from}:${to}`, length: columns[0].length };
    }
    A1_ROWS.lastIndex = index;
    const rows = A1_ROWS.exec(text);
    if (rows && !isNameChar(text[index + rows[0].length])) {
      const from = r1c1Part('R', Number(rows[2]), rows[1] === '$', row);
      const to = r1c1Part('R', Number(rows[4]), rows[3] === '$', row);
      return { text: `${from}:${to}`, length: rows[0].length };
    }
    A1_CELL.lastIndex = index;
    const cell = A1_CELL.exec(text);
    if (cell) {
      const next = text[index + cell[0].length];
      if (isNameChar(next) || next === '(' || next === '!') return null;
      const r = r1c1Part('R', Number(cell[4]), cell[3] === '$', row);
      const c = r1c1Part('C', lettersToColumn(cell[2]!), cell[1] === '$', column);
      return { text: `${r}${c}`, length: cell[0].length };
    }
    return null;
  });
}
