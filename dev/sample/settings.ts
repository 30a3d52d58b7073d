// «Настройки» of the sample school workbook: МБОУ СОШ № 2 of the fictional Озёрский округ, with
// the antirisk programme of 2024 and the report date of its autumn monitoring.
import type { CellValue } from '../../src/core/cells/cellValue';
import { toInstant } from '../../src/core/dates/calendarDate';
import { SETTING_SPECS, type Settings } from '../../src/core/settings/settings';
import { SETTINGS_SHEET } from '../../src/core/template/sheets';

export const SAMPLE_TIME_ZONE = 'Europe/Moscow';
export const SAMPLE_SCHOOL = 'МБОУ СОШ № 2';
export const SAMPLE_MUNICIPALITY = 'Озёрский муниципальный округ';

// A date cell reads as midnight in the spreadsheet's zone, as Sheets gives it.
const dateCell = (year: number, month: number, day: number): Date =>
  toInstant({ year, month, day }, SAMPLE_TIME_ZONE);

const VALUES: Partial<Record<keyof Settings, CellValue>> = {
  schoolName: SAMPLE_SCHOOL,
  municipality: SAMPLE_MUNICIPALITY,
  analysisYear: 2024,
  lowResultThreshold: 30,
  criterion2SameProcedure: 'Нет',
  minParticipants: 5,
  reportDate: dateCell(2024, 11, 20),
  programStart: dateCell(2024, 1, 1),
  programEnd: dateCell(2024, 12, 31),
  schoolYearEnd: '31.05',
  daysBeforeDeadline: 14,
  schoolsFolder: '',
};

/** The sheet as the preview loads it, header row first, in the template's row order. */
export const SAMPLE_SETTINGS: CellValue[][] = [
  SETTINGS_SHEET.columns.map((c) => c.header),
  ...SETTING_SPECS.map((spec) => [spec.label, VALUES[spec.key] ?? spec.templateValue]),
];
