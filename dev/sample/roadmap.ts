// Sample data of the fictional municipality shown by `npm start` (sheet ROADMAP_SHEET).
import type { CellValue } from '../../src/core/cells/cellValue';
import { ROADMAP_SHEET } from '../../src/core/template/sheets';

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_ROADMAP: CellValue[][] = [ROADMAP_SHEET.columns.map((c) => c.header)];
