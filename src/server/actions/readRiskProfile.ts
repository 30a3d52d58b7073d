// The risk profile read without writing anything: for the dashboard's risk map (and any other
// reader of the current workbook). The curator summary runs the same core on other files' grids.
import type { Grid } from '../../core/cells/cellValue';
import { Journal } from '../../core/journal/journal';
import { assessRiskProfileGrids, type RiskProfileAssessment } from '../../core/risk/assessRiskProfile';
import type { RiskLevel } from '../../core/risk/riskLevel';
import { riskMapOf } from '../../core/risk/riskMap';
import { RISK_PROFILE_SHEET, RISK_THRESHOLDS_SHEET } from '../../core/template/sheets';
import type { RiskLevelDto, RiskMapDto, SectionDto } from '../../shared/api';
import { readGridWithFormats } from '../io/numberFormats';
import type { SpreadsheetLike } from '../platform/surface';

/**
 * The assessment of this workbook's «Рисковый профиль» with its «Пороги рисков» (two reads, no
 * writes); null when the sheet is missing or its headers are not found (said in the journal).
 */
export function readRiskProfile(
  spreadsheet: SpreadsheetLike,
  journal: Journal = new Journal(),
): RiskProfileAssessment | null {
  return assessWithThresholds(
    spreadsheet,
    readGridWithFormats(spreadsheet, RISK_PROFILE_SHEET.name),
    journal,
  );
}

/** The profile as read, assessed with the thresholds read now, each with its number formats. */
function assessWithThresholds(
  spreadsheet: SpreadsheetLike,
  profile: { readonly grid: Grid; readonly formats: string[][] } | null,
  journal: Journal,
): RiskProfileAssessment | null {
  const thresholds = readGridWithFormats(spreadsheet, RISK_THRESHOLDS_SHEET.name);
  return assessRiskProfileGrids(profile?.grid ?? null, thresholds?.grid ?? null, journal, {
    profile: profile?.formats,
    thresholds: thresholds?.formats,
  });
}

const LEVEL_DTO: Readonly<Record<RiskLevel, RiskLevelDto>> = {
  низкий: 'low',
  средний: 'medium',
  высокий: 'high',
};

const toDto = (level: RiskLevel | null): RiskLevelDto | null => (level ? LEVEL_DTO[level] : null);

/** The dashboard's risk map section: the ten directions with both levels, or why there is none. */
export function readRiskMapSection(spreadsheet: SpreadsheetLike): SectionDto<RiskMapDto> {
  const profile = readGridWithFormats(spreadsheet, RISK_PROFILE_SHEET.name);
  if (!profile) return { state: 'noSheet', sheet: RISK_PROFILE_SHEET.name };
  const journal = new Journal();
  const assessment = assessWithThresholds(spreadsheet, profile, journal);
  if (!assessment) {
    const problem = journal.entries[0]!;
    return { state: 'failed', message: `${problem.problem}. ${problem.fix}` };
  }
  const tiles = riskMapOf(assessment);
  if (tiles.every((tile) => tile.localLevel === null && tile.officialLevel === null)) {
    return { state: 'noData', sheet: RISK_PROFILE_SHEET.name };
  }
  return {
    state: 'ready',
    factors: tiles.map((tile) => ({
      name: tile.name,
      localLevel: toDto(tile.localLevel),
      officialLevel: toDto(tile.officialLevel),
      priority: tile.priority,
      indicatorsCounted: tile.indicatorsCounted,
      conclusion: tile.conclusion,
    })),
  };
}
