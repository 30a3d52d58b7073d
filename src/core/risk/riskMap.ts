// Read-only views of an assessment for the dashboard's risk map and the curator summary: plain
// JSON (no Date, no class), so they survive google.script.run as they are.
import type { CellValue } from '../cells/cellValue';
import type { KeyOf } from '../table/schema';
import { NO, RISK_SUMMARY_SHEET, YES } from '../template/sheets';
import type { RiskProfileAssessment } from './assessRiskProfile';
import type { RiskFactorId } from './riskFactors';
import { HIGH, type RiskLevel } from './riskLevel';

export interface RiskMapTile {
  readonly factorId: RiskFactorId;
  readonly name: string;
  readonly shortName: string;
  /** The school's own estimate from «Пороги рисков»; null when no parameter was scored. */
  readonly localLevel: RiskLevel | null;
  /** FIOKO's level as the school entered it; null when not entered. */
  readonly officialLevel: RiskLevel | null;
  readonly priority: boolean;
  readonly indicatorsCounted: number;
  readonly conclusion: string;
}

/** The ten directions as the dashboard draws them, in FIOKO's order. */
export function riskMapOf(assessment: RiskProfileAssessment): RiskMapTile[] {
  return assessment.factors.map((f) => ({
    factorId: f.factor.id,
    name: f.factor.name,
    shortName: f.factor.shortName,
    localLevel: f.localLevel,
    officialLevel: f.officialLevel,
    priority: f.priority,
    indicatorsCounted: f.indicatorsCounted,
    conclusion: f.conclusion,
  }));
}

/** «Высоких рисков» of the curator summary: directions high by the school's estimate or by FIOKO. */
export function highRiskCount(assessment: RiskProfileAssessment): number {
  return assessment.factors.filter((f) => f.priority).length;
}

/** Directions high by the local score alone. */
export function localHighCount(assessment: RiskProfileAssessment): number {
  return assessment.factors.filter((f) => f.localLevel === HIGH).length;
}

/** Directions FIOKO rated high, as entered. */
export function officialHighCount(assessment: RiskProfileAssessment): number {
  return assessment.factors.filter((f) => f.officialLevel === HIGH).length;
}

type SummaryKey = KeyOf<typeof RISK_SUMMARY_SHEET>;

/** The rows of «Рисковый профиль — итог», one per direction, in the sheet schema's column order. */
export function riskSummaryRows(assessment: RiskProfileAssessment): CellValue[][] {
  return assessment.factors.map((f) => {
    const cells: Record<SummaryKey, CellValue> = {
      factor: f.factor.name,
      localLevel: f.localLevel ?? '',
      officialLevel: f.officialLevel ?? '',
      indicatorsCounted: f.indicatorsCounted,
      indicatorsWithoutThreshold: f.indicatorsWithoutThreshold,
      priority: f.priority ? YES : NO,
      conclusion: f.conclusion,
    };
    return RISK_SUMMARY_SHEET.columns.map((column) => cells[column.key]);
  });
}
