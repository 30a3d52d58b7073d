// The rows of one export block → school results and aggregate rows, each bad cell a journal entry
// naming the «Импорт» row, the column and the value (PRODUCT.md §10).
import type { CellValue, Grid } from '../cells/cellValue';
import { PROCEDURES } from '../identification/procedures';
import { readCount } from '../identification/resultCells';
import { parseAssessmentYear } from '../identification/year';
import type { JournalEntry } from '../journal/journal';
import { IMPORT_SHEET_NAME, importMessages as m } from '../messages/import';
import { parseNumberCell } from '../numbers/parseNumber';
import { isPercentFormat } from '../numbers/shareScale';
import { cellText, isBlank } from '../text/normalize';
import { type BlockProcedure, type NamedProcedure, rowProcedure } from './blockProcedure';
import { recoverCount } from './countFromShare';
import { type HeaderLayout, MARKS, type Mark } from './headerRow';
import type { ComparisonResult, ImportedResult } from './importTypes';
import { rowLevel } from './rowLevel';
import { loginOf, splitSchoolLogin } from './schoolLogin';
import { readWrittenShare, sharePoints } from './writtenShare';

export type Formats = readonly (readonly string[])[] | undefined;

export interface BlockInput {
  readonly grid: Grid;
  readonly formats: Formats;
  readonly layout: HeaderLayout;
  /** 0-based grid rows [from, to] of the data. */
  readonly from: number;
  readonly to: number;
  readonly procedure: Extract<BlockProcedure, { ok: true }>;
  readonly year: number | null;
}

export interface BlockOutput {
  readonly results: ImportedResult[];
  readonly comparison: ComparisonResult[];
  readonly entries: JournalEntry[];
}

const ACCEPTED = PROCEDURES.map((p) => p.name);

function entry(row: number, column: string, value: unknown, problem: string, fix: string): JournalEntry {
  return { sheet: IMPORT_SHEET_NAME, row, column, value, problem, fix };
}

/** Whether a mark column holds shares: its header says so, ФИС ОКО always, or its cells look like it. */
function holdsShares(input: BlockInput, mark: Mark): boolean {
  const column = input.layout.marks[mark]!;
  if (column.share !== null) return column.share;
  if (input.procedure.origin === m.sourceFisOko) return true;
  for (let r = input.from; r <= input.to; r++) {
    const value = input.grid[r]?.[column.column];
    const format = input.formats?.[r]?.[column.column];
    if (format && isPercentFormat(format) && typeof value === 'number') return true;
    if (typeof value === 'string' && /%/.test(value)) return true;
    const parsed = parseNumberCell(value);
    if (parsed && !Number.isInteger(parsed.value)) return true;
  }
  return false;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function readBlock(input: BlockInput): BlockOutput {
  const { grid, formats, layout } = input;
  const out: BlockOutput = { results: [], comparison: [], entries: [] };
  const present = MARKS.filter((mark) => layout.marks[mark] !== undefined);
  const shares = new Map(present.map((mark) => [mark, holdsShares(input, mark)]));
  const state = {
    schoolSeen: false,
    regionSeen: false,
    positional: input.procedure.origin === m.sourceFisOko,
  };
  const notUsed = new Set<string>();

  for (let r = input.from; r <= input.to; r++) {
    const row = grid[r] ?? [];
    const rowNumber = r + 1;
    if (row.every((cell) => isBlank(cell))) continue;
    const split = splitSchoolLogin(row[layout.name]);
    const login = (layout.login !== null ? loginOf(row[layout.login]) : '') || split.login;
    const name = split.name;
    const participantsCell = row[layout.participants] ?? '';
    const markCells = present.map((mark) => row[layout.marks[mark]!.column] ?? '');
    if (!name && !login) continue;
    if (isBlank(participantsCell)) {
      // A name and no numbers at all is a heading inside the table, not a result.
      if (markCells.some((cell) => !isBlank(cell))) {
        out.entries.push(
          entry(rowNumber, layout.participantsHeader, '', m.participantsMissing, m.participantsFix),
        );
      }
      continue;
    }
    const participants = readCount(participantsCell);
    if (!participants.ok || participants.value === null) {
      out.entries.push(
        entry(rowNumber, layout.participantsHeader, participantsCell, m.participantsBad, m.participantsFix),
      );
      continue;
    }
    const n = participants.value;

    // A row's own year where it has one it can be read as; else the block's.
    const yearCell = layout.year !== null ? row[layout.year] : '';
    const year = parseAssessmentYear(yearCell) ?? input.year;
    if (year === null) {
      out.entries.push(
        entry(
          rowNumber,
          cellText(grid[layout.rowIndex]?.[layout.year ?? 0]),
          yearCell,
          m.yearMissing,
          m.yearFix,
        ),
      );
      continue;
    }
    let procedure: NamedProcedure | null = input.procedure.fixed;
    if (layout.procedure !== null && !isBlank(row[layout.procedure])) {
      procedure = rowProcedure(cellText(row[layout.procedure]), input.procedure.kind) ?? procedure;
    }
    if (procedure === null) {
      const header = cellText(grid[layout.rowIndex]?.[layout.procedure ?? 0]);
      out.entries.push(
        entry(rowNumber, header, row[layout.procedure ?? 0] ?? '', m.procedureMissing, m.procedureFix),
      );
      continue;
    }
    if (procedure.id === null && !notUsed.has(procedure.name)) {
      notUsed.add(procedure.name);
      out.entries.push(
        entry(
          rowNumber,
          '',
          procedure.name,
          m.notUsedProcedure(procedure.name),
          m.notUsedProcedureFix(ACCEPTED),
        ),
      );
    }

    const level = rowLevel(name, login !== '', state);
    if (level.kind === 'aggregate') {
      if (level.level !== 'Вся выборка') state.regionSeen = true;
      const values = present.map((mark, i) => {
        const cell = markCells[i];
        if (shares.get(mark)) {
          const share = readWrittenShare(cell, formats?.[r]?.[layout.marks[mark]!.column]);
          return typeof share === 'object' ? sharePoints(share) : null;
        }
        const count = parseNumberCell(cell);
        return count && n > 0 ? round2((100 * count.value) / n) : null;
      });
      const byMark = (mark: Mark): number | null => {
        const i = present.indexOf(mark);
        return i < 0 ? null : (values[i] ?? null);
      };
      out.comparison.push({
        level: level.level,
        name,
        year,
        procedure: procedure.name,
        participants: n,
        shares: [byMark(2), byMark(3), byMark(4), byMark(5)],
      });
      continue;
    }
    state.schoolSeen = true;
    const counts = new Map<Mark, number | null>();
    let failedShare = '';
    present.forEach((mark, i) => {
      const column = layout.marks[mark]!;
      const cell = markCells[i];
      const header = column.header || `«${mark}»`;
      if (isBlank(cell)) {
        counts.set(mark, null);
        return;
      }
      if (!shares.get(mark)) {
        const count = readCount(cell);
        const value = count.ok && count.value !== null && count.value <= n ? count.value : null;
        if (value === null)
          out.entries.push(entry(rowNumber, header, cell, m.countBad(String(mark), n), m.valueFix));
        counts.set(mark, value);
        return;
      }
      const share = readWrittenShare(cell, formats?.[r]?.[column.column]);
      if (typeof share !== 'object') {
        out.entries.push(entry(rowNumber, header, cell, m.shareBad(String(mark)), m.valueFix));
        counts.set(mark, null);
        return;
      }
      const recovered = recoverCount(share.points, n);
      if (recovered.kind === 'exact') {
        counts.set(mark, recovered.count);
        return;
      }
      counts.set(mark, null);
      const text = m.shareText(sharePoints(share), share.decimals);
      if (mark === 2) failedShare = text;
      const tail = mark === 2 ? m.shareKeptFailed : m.shareKeptOther(String(mark));
      const problem =
        recovered.kind === 'none'
          ? m.noCountForShare(String(mark), text, n)
          : m.severalCountsForShare(String(mark), text, n, recovered.from, recovered.to);
      out.entries.push(entry(rowNumber, header, cell, problem + tail, m.countFromShareFix(String(mark))));
    });
    out.results.push({
      importRow: rowNumber,
      school: name,
      schoolCode: login,
      year,
      procedure: procedure.name,
      procedureId: procedure.id,
      participants: n,
      failed: counts.get(2) ?? null,
      failedShare,
      marks3: counts.get(3) ?? null,
      marks4: counts.get(4) ?? null,
      marks5: counts.get(5) ?? null,
      source: m.source(input.procedure.origin, procedure.name, year),
    });
  }
  return out;
}

/** True when the row carries a number where the block has its counts or shares. */
export function looksLikeData(row: readonly CellValue[], layout: HeaderLayout): boolean {
  const columns = [
    layout.participants,
    ...MARKS.flatMap((mark) => (layout.marks[mark] ? [layout.marks[mark]!.column] : [])),
  ];
  return columns.some((c) => parseNumberCell(row[c]) !== null);
}
