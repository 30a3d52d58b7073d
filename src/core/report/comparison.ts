// The aggregate rows of «Сравнение» (PRODUCT.md §10): the «2» share of the region and the
// municipality by procedure and year, as the imported exports give them, for the справка's
// results section and its chart.
import type { Grid } from '../cells/cellValue';
import { type ProcedureId, recognizeProcedure } from '../identification/procedures';
import { readCount, readShare } from '../identification/resultCells';
import { parseAssessmentYear } from '../identification/year';
import { locateTable } from '../table/locateTable';
import { defineSheet } from '../table/schema';
import { cellText, normalizeText } from '../text/normalize';

export const COMPARISON_SHEET_NAME = 'Сравнение';

// The header row «Импортировать результаты» writes; only the columns the справка reads.
const COMPARISON_COLUMNS = defineSheet(COMPARISON_SHEET_NAME, [
  { key: 'level', header: 'Уровень', required: true },
  { key: 'name', header: 'Название' },
  { key: 'year', header: 'Год', required: true },
  { key: 'procedure', header: 'Процедура', required: true },
  { key: 'participants', header: 'Участников' },
  { key: 'share2', header: 'Доля «2», %', required: true },
]);

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

function levelOf(value: unknown): ComparisonLevel | null {
  const text = normalizeText(value);
  if (text.startsWith('регион')) return 'region';
  if (text.startsWith('муниципал')) return 'municipality';
  // «Вся выборка» (Russia) is not compared in the справка: the seeds compare with the region.
  return null;
}

/** Every readable row of the region or the municipality; the first row of a level × year × procedure wins. */
export function readComparison(grid: Grid | null): ComparisonShare[] {
  if (!grid) return [];
  const located = locateTable(grid, COMPARISON_COLUMNS);
  if (!located.found) return [];
  const seen = new Set<string>();
  const shares: ComparisonShare[] = [];
  for (const row of located.table.rows) {
    if (row.blank) continue;
    const level = levelOf(row.cells.level);
    const year = parseAssessmentYear(row.cells.year);
    const procedure = recognizeProcedure(row.cells.procedure);
    const share = readShare(row.cells.share2);
    if (!level || year === null || !procedure || !share.ok || share.value === null) continue;
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
      share: share.value.share,
    });
  }
  return shares;
}
