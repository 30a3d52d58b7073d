// The sample school: МБОУ СОШ № 2 of the fictional Озёрский муниципальный округ, with its input
// sheets filled and nothing else («Создать листы шаблона» adds the rest).
import {
  CLUSTERS_SHEET,
  IMPORT_SHEET,
  RESULTS_SHEET,
  RISK_PROFILE_SHEET,
  ROADMAP_SHEET,
  SETTINGS_SHEET,
  TARGETS_SHEET,
} from '../../src/core/template/sheets';
import type { FakeSpreadsheet } from '../../test/fakes/fakeSpreadsheet';
import { SAMPLE_CLUSTERS } from './clusters';
import { SAMPLE_IMPORT } from './importSample';
import { SAMPLE_RESULTS } from './results';
import { SAMPLE_RISK_PROFILE } from './riskProfile';
import { SAMPLE_ROADMAP } from './roadmap';
import type { SampleWorkbook } from './sampleWorkbook';
import { SAMPLE_SCHOOL, SAMPLE_SETTINGS } from './settings';
import { SAMPLE_TARGETS } from './targets';
import { buildTemplateWorkbook, type SampleSheets } from './templateWorkbook';

/** The school's input sheets, in the order the template lays them out. */
const SCHOOL_SHEETS: SampleSheets = [
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
  return buildTemplateWorkbook(`ШНОР-монитор — ${SAMPLE_SCHOOL}`, id, SCHOOL_SHEETS);
}

export const SCHOOL_SAMPLE: SampleWorkbook = {
  id: 'school',
  label: 'Школа',
  create: () => ({ spreadsheet: buildSchoolWorkbook() }),
};
