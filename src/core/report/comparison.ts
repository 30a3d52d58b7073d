// The aggregate rows of «Сравнение» (PRODUCT.md §10): the «2» share of the region and the
// municipality by procedure and year, as the imported exports give them, for the справка's
// results section and its chart.
import type { Grid } from '../cells/cellValue';
import { type ProcedureId, recognizeProcedure } from '../identification/procedures';
import { readCount } from '../identification/resultCells';
import { parseAssessmentYear } from '../identification/year';
import { COMPARISON_LEVELS } from '../messages/import';
import { parseNumberCell } from '../numbers/parseNumber';
import { locateTable } from '../table/locateTable';
import { COMPARISON_SHEET } from '../template/sheets';
import { cellText, isBlank, normalizeText } from '../text/normalize';

export type ComparisonLevel = 'region' | 'municipality';

export interface ComparisonShare {
  readonly level: ComparisonLevel;
  /** «Краснодарский край», «Северский район» as the export names it. */
  readonly name: string;
  readonly year: number;
  readonly procedure: ProcedureId;
  readonly participants: number | null;
  /** A fraction. */
  readonly share: number;
}

// «Вся выборка» (Russia) is not compared in the справка: the seeds compare with the region.
function levelOf(value: unknown): ComparisonLevel | null {
  const text = normalizeText(value);
  if (text === normalizeText(COMPARISON_LEVELS.region)) return 'region';
  if (text === normalizeText(COMPARISON_LEVELS.municipality)) return 'municipality';
  return null;
}

/** The import writes shares in percent points (11,68 for 11,68 %), a fraction 0,89 included. */
function pointsShare(value: unknown): number | null {
  const parsed = parseNumberCell(value);
  if (!parsed || parsed.value < 0 || parsed.value > 100) return null;
  return parsed.value / 100;
}

/** Every readable row of the region or the municipality; the first row of a level × year × procedure wins. */
export function readComparison(grid: Grid | null): ComparisonShare[] {
  if (!grid) return [];
  const located = locateTable(grid, COMPARISON_SHEET);
  if (!located.found) return [];
  const seen = new Set<string>();
  const shares: ComparisonShare[] = [];
  for (const row of located.table.rows) {
    // Every column of «Сравнение» is the add-on's, so locateTable's «blank» does not apply.
    if (isBlank(row.cells.level)) continue;
    const level = levelOf(row.cells.level);
    const year = parseAssessmentYear(row.cells.year);
    const procedure = recognizeProcedure(row.cells.procedure);
    const share = pointsShare(row.cells.share2);
    if (!level || year === null || !procedure || share === null) continue;
    const key = `${level}|${year}|${procedure}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const participants = readCount(row.cells.participants);
    shares.push({
      level,
      name: cellText(row.cells.name).trim(),
      year,
      procedure,
      participants: participants.ok ? participants.value : null,
      share,
    });
  }
  return shares;
}
