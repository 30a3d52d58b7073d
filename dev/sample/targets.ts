// Sample data of the fictional municipality shown by `npm start` (sheet TARGETS_SHEET).
import type { CellValue } from '../../src/core/cells/cellValue';
import { TARGETS_SHEET } from '../../src/core/template/sheets';

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_TARGETS: CellValue[][] = [TARGETS_SHEET.columns.map((c) => c.header)];
