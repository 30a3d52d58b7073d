// «Настройки» of the sample school workbook: МБОУ СОШ № 2 of the fictional Озёрский округ, with
// the antirisk programme of 2024 and the report date of its autumn monitoring.
import type { CellValue } from '../../src/core/cells/cellValue';
import { toInstant } from '../../src/core/dates/calendarDate';
import { SETTING_SPECS, type Settings } from '../../src/core/settings/settings';
import { SETTINGS_SHEET } from '../../src/core/template/sheets';

export const SAMPLE_TIME_ZONE = 'Europe/Moscow';
export const SAMPLE_SCHOOL = 'МБОУ СОШ № 2';
export const SAMPLE_MUNICIPALITY = 'Озёрский муниципальный округ';

/** A date cell of the samples: midnight in the spreadsheet's zone, as Sheets gives it. */
export const sampleDate = (day: number, month: number, year: number): Date =>
  toInstant({ year, month, day }, SAMPLE_TIME_ZONE);

const VALUES: Partial<Record<keyof Settings, CellValue>> = {
  schoolName: SAMPLE_SCHOOL,
  municipality: SAMPLE_MUNICIPALITY,
  analysisYear: 2024,
  lowResultThreshold: 30,
  criterion2SameProcedure: 'Нет',
  minParticipants: 5,
  reportDate: sampleDate(20, 11, 2024),
  programStart: sampleDate(1, 1, 2024),
  programEnd: sampleDate(31, 12, 2024),
  schoolYearEnd: '31.05',
  daysBeforeDeadline: 14,
  schoolsFolder: '',
};

/** The sheet as the preview loads it, header row first, in the template's row order. */
export const SAMPLE_SETTINGS: CellValue[][] = [
  SETTINGS_SHEET.columns.map((c) => c.header),
  ...SETTING_SPECS.map((spec) => [spec.label, VALUES[spec.key] ?? spec.templateValue]),
];
