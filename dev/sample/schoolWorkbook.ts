// The sample school: МБОУ СОШ № 2 of the fictional Озёрский муниципальный округ, with its input
// sheets filled and nothing else («Создать листы шаблона» adds the rest).
import type { CellValue } from '../../src/core/cells/cellValue';
import {
  CLUSTERS_SHEET,
  IMPORT_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../../src/core/template/sheets';
import { TEMPLATE_SHEETS } from '../../src/core/template/templateSheets';
import { FakeSpreadsheet } from '../../test/fakes/fakeSpreadsheet';
import { SAMPLE_CLUSTERS } from './clusters';
import { SAMPLE_IMPORT } from './importSample';
import { SAMPLE_RESULTS } from './results';
import { SAMPLE_RISK_PROFILE } from './riskProfile';
import { SAMPLE_ROADMAP } from './roadmap';
import type { SampleWorkbook } from './sampleWorkbook';
import { SAMPLE_SCHOOL, SAMPLE_SETTINGS, SAMPLE_TIME_ZONE } from './settings';
import { SAMPLE_TARGETS } from './targets';

/** The school's input sheets, in the order the template lays them out. */
const SCHOOL_SHEETS: readonly (readonly [string, CellValue[][]])[] = [
  [SETTINGS_SHEET.name, SAMPLE_SETTINGS],
  [RESULTS_SHEET.name, SAMPLE_RESULTS],
  [IMPORT_SHEET.name, SAMPLE_IMPORT],
  [CLUSTERS_SHEET.name, SAMPLE_CLUSTERS],
  [RISK_PROFILE_SHEET.name, SAMPLE_RISK_PROFILE],
  [ROADMAP_SHEET.name, SAMPLE_ROADMAP],
  [TARGETS_SHEET.name, SAMPLE_TARGETS],
];

/** The workbook of МБОУ СОШ № 2 with only its input sheets. */
export function buildSchoolWorkbook(id = 'sample-school'): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet(`ШНОР-монитор — ${SAMPLE_SCHOOL}`, id, SAMPLE_TIME_ZONE);
  for (const [name, rows] of SCHOOL_SHEETS) {
    // Copies, so that a run never changes the module's arrays and «Начать заново» starts clean.
    const sheet = spreadsheet.addSheet(
      name,
      rows.map((row) => row.map((cell) => (cell instanceof Date ? new Date(cell) : cell))),
    );
    // Laid out as the template made them: the school started from «Создать листы шаблона».
    const template = TEMPLATE_SHEETS.find((t) => t.name === name);
    template?.columns.forEach((column, i) => {
      if (column.width) sheet.columnWidths.set(i + 1, column.width);
    });
    sheet.frozenRows = 1;
    sheet.tabColor = template?.tabColor ?? null;
  }
  spreadsheet.activeSheetName = SETTINGS_SHEET.name;
  return spreadsheet;
}

export const SCHOOL_SAMPLE: SampleWorkbook = {
  id: 'school',
  label: 'Школа',
  create: () => ({ spreadsheet: buildSchoolWorkbook() }),
};
