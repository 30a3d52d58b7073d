// Sample data of the fictional municipality shown by `npm start` (sheet RISK_PROFILE_SHEET).
import type { CellValue } from '../../src/core/cells/cellValue';
import { RISK_PROFILE_SHEET } from '../../src/core/template/sheets';

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_RISK_PROFILE: CellValue[][] = [RISK_PROFILE_SHEET.columns.map((c) => c.header)];
