// Sample data of the fictional municipality shown by `npm start` (sheet RESULTS_SHEET).
import type { CellValue } from '../../src/core/cells/cellValue';
import { RESULTS_SHEET } from '../../src/core/template/sheets';

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_RESULTS: CellValue[][] = [RESULTS_SHEET.columns.map((c) => c.header)];
