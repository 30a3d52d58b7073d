// Sample data of the fictional municipality shown by `npm start` (sheet CLUSTERS_SHEET).
import type { CellValue } from '../../src/core/cells/cellValue';
import { CLUSTERS_SHEET } from '../../src/core/template/sheets';

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_CLUSTERS: CellValue[][] = [CLUSTERS_SHEET.columns.map((c) => c.header)];
