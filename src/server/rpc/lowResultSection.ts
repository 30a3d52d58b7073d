// The dashboard's ШНОР status: the verdict of the school in «Настройки», computed now by the same
// core as «Выявить ШНОР», and whether the «ШНОР» sheet already shows it.
import type { Grid } from '../../core/cells/cellValue';
import { findSchoolVerdict, type SchoolVerdict } from '../../core/identification/identify';
import { schoolKey } from '../../core/identification/schoolKey';
import { locateTable } from '../../core/table/locateTable';
import { LOW_RESULT_SCHOOLS_SHEET, RESULTS_SHEET, YES } from '../../core/template/sheets';
import { normalizeText } from '../../core/text/normalize';
import type { LowResultStatusDto, SectionDto } from '../../shared/api';
import { readIdentification } from '../actions/identifyLowResultSchools';
import { findSheet } from '../io/sheetLookup';
import { readGrid } from '../io/tables';
import type { DashboardRead } from './dashboard';

/** The «ШНОР» sheet has a row for the school with the same year and the same verdict. */
function sheetShows(grid: Grid | null, verdict: SchoolVerdict): boolean {
  if (!grid) return false;
  const located = locateTable(grid, LOW_RESULT_SCHOOLS_SHEET);
  if (!located.found) return false;
  return located.table.rows.some(
    (row) =>
      schoolKey(row.cells.school) === verdict.schoolKey &&
      Number(row.cells.analysisYear) === verdict.analysisYear &&
      (normalizeText(row.cells.isLowResult) === normalizeText(YES)) === verdict.isLowResult &&
      String(row.cells.criterion) === verdict.criterion,
  );
}

export function lowResultSection({ context, settings }: DashboardRead): SectionDto<LowResultStatusDto> {
  const { spreadsheet } = context;
  if (!findSheet(spreadsheet, RESULTS_SHEET.name)) return { state: 'noSheet', sheet: RESULTS_SHEET.name };
  const school = settings.schoolName;
  const blank: LowResultStatusDto = {
    school,
    analysisYear: settings.analysisYear,
    isLowResult: null,
    criterion: '',
    reasons: [],
    cluster: '',
    clusterTrend: '',
    sheetUpToDate: true,
  };
  if (school === '') return { state: 'ready', ...blank };
  const { identification } = readIdentification(spreadsheet, settings);
  if (identification.analysisYear === null || identification.schoolsWithData === 0)
    return { state: 'noData', sheet: RESULTS_SHEET.name };
  const verdict = findSchoolVerdict(identification, school);
  if (!verdict?.hasData) return { state: 'ready', ...blank, analysisYear: identification.analysisYear };
  return {
    state: 'ready',
    school,
    analysisYear: verdict.analysisYear,
    isLowResult: verdict.isLowResult,
    criterion: verdict.criterion,
    reasons: [...verdict.explanationLines],
    cluster: verdict.cluster ?? '',
    clusterTrend: verdict.clusterTrend ?? '',
    sheetUpToDate: sheetShows(readGrid(spreadsheet, LOW_RESULT_SCHOOLS_SHEET.name)?.grid ?? null, verdict),
  };
}
