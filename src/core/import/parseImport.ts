// «Импорт» as pasted → blocks, school results, aggregate rows and journal entries
// (PRODUCT.md §10, ENGINEERING.md «Import as pure parsing»). Blocks stand one under another, each
// with its title lines above its header row; a block that cannot be read is named in the journal
// and the others are still imported. Never throws: whatever is pasted is data.
import type { CellValue, Grid } from '../cells/cellValue';
import { schoolNameKey } from '../identification/schoolKey';
import type { JournalEntry } from '../journal/journal';
import { IMPORT_INSTRUCTION, IMPORT_SHEET_NAME, importMessages as m } from '../messages/import';
import { parseNumberCell } from '../numbers/parseNumber';
import { cellText, isBlank, normalizeText } from '../text/normalize';
import { blockProcedure, blockYear } from './blockProcedure';
import { type HeaderLayout, knownHeaderCells, readHeaderRow } from './headerRow';
import type { ComparisonResult, ImportedBlock, ImportedResult, ImportReading } from './importTypes';
import { comparisonKey } from './mergeComparison';
import { type Formats, looksLikeData, readBlock } from './readBlock';
import { schoolMatch } from './schoolMatch';
import { readBlockTitle, type TitleLine } from './titleLines';

/** Title lines further above the header than this belong to something else. */
const MAX_TITLE_LINES = 12;

const INSTRUCTION_KEY = normalizeText(IMPORT_INSTRUCTION);

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => isBlank(cell));
}

function isInstruction(row: readonly CellValue[] | undefined): boolean {
  return !!row && normalizeText(row[0]) === INSTRUCTION_KEY;
}

function headerRows(grid: Grid): HeaderLayout[] {
  const layouts: HeaderLayout[] = [];
  for (let r = 0; r < grid.length; r++) {
    if (isBlankRow(grid[r]) || isInstruction(grid[r])) continue;
    const layout = readHeaderRow(grid, r);
    if (!layout) continue;
    layouts.push(layout);
    r = layout.dataStart - 1;
  }
  return layouts;
}

function titleLines(grid: Grid, from: number, to: number): TitleLine[] {
  const lines: TitleLine[] = [];
  for (let r = Math.max(from, to - MAX_TITLE_LINES); r < to; r++) {
    const row = grid[r];
    if (isBlankRow(row) || isInstruction(row)) continue;
    lines.push({ rowNumber: r + 1, cells: row! });
  }
  return lines;
}

/**
 * The first row in [from, to) where a table the import does not know starts: a header row of its
 * own, without participants where the block has them (ФИС ОКО's «Выполнение заданий» pasted below
 * «Статистика по отметкам»). Its rows are not the block's schools.
 */
function unknownTableAt(grid: Grid, layout: HeaderLayout, from: number, to: number): number | null {
  for (let r = from; r < to; r++) {
    const row = grid[r] ?? [];
    // A school or aggregate row has one cell of words, its name: cheap to pass over (13,500 rows).
    const words = row.filter((cell) => typeof cell === 'string' && /\p{L}/u.test(cell));
    if (words.length < 2) continue;
    const known = knownHeaderCells(words);
    const textAtParticipants =
      !isBlank(row[layout.participants]) && parseNumberCell(row[layout.participants]) === null;
    if (known >= 2 || (known === 1 && textAtParticipants)) return r;
  }
  return null;
}

/** The row after the table that starts at `from`: its first blank row before `to`, else `from + 1`. */
function afterTable(grid: Grid, from: number, to: number): number {
  for (let r = from + 1; r < to; r++) if (isBlankRow(grid[r])) return r;
  return from + 1;
}

/** A journal line for a table at grid row `r` that is not imported, its header cells as the value. */
function tableNotImported(grid: Grid, r: number, problem: string, fix: string): JournalEntry {
  const header = (grid[r] ?? [])
    .map(cellText)
    .filter((t) => t.trim() !== '')
    .join(' | ');
  return {
    sheet: IMPORT_SHEET_NAME,
    row: r + 1,
    column: '',
    value: header,
    problem: m.blockUnreadable(problem),
    fix,
  };
}

/** Reads every block of the «Импорт» grid; `formats` are the same range's number formats. */
export function parseImport(grid: Grid, formats?: Formats): ImportReading {
  const blocks: ImportedBlock[] = [];
  const results: ImportedResult[] = [];
  const comparison: ComparisonResult[] = [];
  const entries: JournalEntry[] = [];
  const layouts = headerRows(grid);
  let titleFrom = 0;
  layouts.forEach((layout, i) => {
    const next = layouts[i + 1];
    const nextHeader = next ? next.rowIndex : grid.length;
    const unknown = unknownTableAt(grid, layout, layout.dataStart, nextHeader);
    const end = unknown ?? nextHeader;
    // The data runs to its last row with numbers; what follows is the next block's title.
    let last = layout.dataStart - 1;
    for (let r = end - 1; r >= layout.dataStart; r--) {
      if (looksLikeData(grid[r] ?? [], layout)) {
        last = r;
        break;
      }
    }
    const title = readBlockTitle(titleLines(grid, titleFrom, layout.rowIndex));
    titleFrom = last + 1;
    if (unknown !== null) {
      entries.push(tableNotImported(grid, unknown, m.unknownHeaders, m.unknownTableFix));
      titleFrom = afterTable(grid, unknown, nextHeader);
    }
    const procedure = blockProcedure(title, layout);
    if (!procedure.ok) {
      entries.push(tableNotImported(grid, layout.rowIndex, procedure.problem, m.blockFix));
      return;
    }
    const year = blockYear(title, layout);
    if (!year.ok) {
      entries.push(tableNotImported(grid, layout.rowIndex, year.problem, m.blockFix));
      return;
    }
    const read = readBlock({
      grid,
      formats,
      layout,
      from: layout.dataStart,
      to: last,
      procedure,
      year: year.year,
    });
    results.push(...read.results);
    comparison.push(...read.comparison);
    entries.push(...read.entries);
    blocks.push({
      headerRow: layout.rowIndex + 1,
      schoolRows: read.results.length,
      aggregateRows: read.comparison.length,
    });
  });
  const unique = withoutRepeats(results);
  // A repeated block repeats its aggregate rows too: «Сравнение» holds one of each, by its own key.
  const aggregates = new Map<string, ComparisonResult>();
  for (const row of comparison) {
    const key = comparisonKey(row);
    if (!aggregates.has(key)) aggregates.set(key, row);
  }
  return {
    blocks,
    results: unique.results,
    comparison: [...aggregates.values()],
    entries: [...entries, ...unique.entries],
  };
}

const sameNumbers = (a: ImportedResult, b: ImportedResult): boolean =>
  a.participants === b.participants &&
  a.failed === b.failed &&
  a.failedShare === b.failedShare &&
  a.marks3 === b.marks3 &&
  a.marks4 === b.marks4 &&
  a.marks5 === b.marks5;

/**
 * One result per school, year and procedure: the same block pasted twice, or a municipal and a
 * regional export that both list a school, would otherwise write the result twice. The first is
 * kept; a repeat is named with the row it repeats. A login row and a row without one are one
 * school when the names match (§4).
 */
function withoutRepeats(results: readonly ImportedResult[]): {
  results: ImportedResult[];
  entries: JournalEntry[];
} {
  const kept: ImportedResult[] = [];
  const entries: JournalEntry[] = [];
  const seen = schoolMatch<ImportedResult>();
  for (const result of results) {
    const what = `${result.year}|${result.procedure}`;
    const nameKey = schoolNameKey(result.school);
    const first = seen.find(result.schoolCode, nameKey, what);
    if (first) {
      entries.push({
        sheet: IMPORT_SHEET_NAME,
        row: result.importRow,
        column: '',
        value: result.school,
        problem: m.repeatedResult(first.importRow, sameNumbers(first, result)),
        fix: m.repeatedResultFix,
      });
      continue;
    }
    kept.push(result);
    seen.add(result.schoolCode, nameKey, what, result);
  }
  return { results: kept, entries };
}
