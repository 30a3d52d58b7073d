// One parameter's level from its two thresholds, and the documents' wording of each level.
import type { CellValue } from '../cells/cellValue';
import { riskMessages as m } from '../messages/risk';
import { parseNumberCell } from '../numbers/parseNumber';
import { isPercentPoints, type ShareScale } from '../numbers/shareScale';
import { BETTER_LESS, BETTER_MORE, type RISK_LEVELS } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';

export type RiskLevel = (typeof RISK_LEVELS)[number];
export const LOW: RiskLevel = 'низкий';
export const MEDIUM: RiskLevel = 'средний';
export const HIGH: RiskLevel = 'высокий';

/** «больше»: a larger value is the worse one; «меньше»: a smaller one. */
export type WorseWhen = typeof BETTER_MORE | typeof BETTER_LESS;

export interface RiskRule {
  readonly worseWhen: WorseWhen;
  readonly mediumFrom: number;
  readonly highFrom: number;
}

const RANK: Readonly<Record<RiskLevel, number>> = { низкий: 0, средний: 1, высокий: 2 };

export function levelRank(level: RiskLevel): number {
  return RANK[level];
}

/**
 * The level of a value: a threshold is reached when the value equals it («Средний от 15» makes
 * exactly 15 «средний»), counting towards the worse side given by `worseWhen`.
 */
export function levelFor(value: number, rule: RiskRule): RiskLevel {
  const reached = (threshold: number) =>
    rule.worseWhen === BETTER_MORE ? value >= threshold : value <= threshold;
  if (reached(rule.highFrom)) return HIGH;
  if (reached(rule.mediumFrom)) return MEDIUM;
  return LOW;
}

/** The `Вывод` of a level, in the words of the seed's «Карта рискового профиля». */
export function conclusionFor(level: RiskLevel): string {
  if (level === HIGH) return m.conclusionHigh;
  if (level === MEDIUM) return m.conclusionMedium;
  return m.conclusionLow;
}

/** «больше» / «меньше» as people write them («Больше — хуже», «выше», «ниже»); null otherwise. */
export function parseWorseWhen(value: unknown): WorseWhen | null {
  const text = normalizeText(value);
  if (/^(больш|выш|рост|>)/.test(text)) return BETTER_MORE;
  if (/^(меньш|ниж|сниж|<)/.test(text)) return BETTER_LESS;
  return null;
}

/**
 * An official FIOKO level as entered: «высокий», «Высокий уровень», «высокая», or the conclusion
 * phrases of the documents. null when blank or not recognised (the caller tells them apart).
 */
export function parseRiskLevel(value: unknown): RiskLevel | null {
  const text = normalizeText(value).replace(/^[*\s]+/, '');
  if (/^низк|не выражен/.test(text)) return LOW;
  if (/^средн|эпизодическ/.test(text)) return MEDIUM;
  if (/^высок|(^|\s)часто/.test(text)) return HIGH;
  return null;
}

// Rounded so that 0.3 × 100 is 30, not 30.000000000000004, and a boundary stays a boundary.
function roundPoints(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * A percent parameter in percent points. «30 %», «30,5» and 30 as typed are points. On a sheet, where
 * the number format is read (PRODUCT.md §2), a plain number is points too — 0,5 beside «%» is 0,5 %,
 * a share of pupils with ОВЗ a school may really have — and only a percent-formatted cell holds a
 * fraction (×100). With no format known (`scale` 'unknown': RISK_LEVEL), a fraction below 1 is ×100;
 * exactly 1 stays 1 %: results are typed as plain numbers beside «%» (seed 001_…), so 1 is one percent
 * far more often than a percent-formatted 100 %. null when not a number.
 */
export function percentPoints(cell: unknown, scale: ShareScale = 'unknown'): number | null {
  const parsed = parseNumberCell(cell);
  if (!parsed) return null;
  if (parsed.percent) return parsed.value;
  // The sheet's rule of every share cell; only with no format known does exactly 1 stay 1 % here.
  const points =
    scale === 'unknown'
      ? Math.abs(parsed.value) >= 1
      : isPercentPoints(parsed.value, typeof cell === 'string', scale);
  return points ? parsed.value : roundPoints(parsed.value * 100);
}

function isFraction(value: number): boolean {
  return value !== 0 && Math.abs(value) < 1;
}

/** RISK_LEVEL's argument, read as what it is and as percent points. */
interface RiskArgument {
  readonly plain: number;
  readonly points: number;
  readonly percentText: boolean;
}

function readArgument(cell: CellValue, error: (value: unknown) => string): RiskArgument {
  const parsed = parseNumberCell(cell);
  if (!parsed) throw new Error(error(cell));
  return { plain: parsed.value, points: percentPoints(cell)!, percentText: parsed.percent };
}

/**
 * RISK_LEVEL (PRODUCT.md §9) for one value: a high threshold below the medium one means a lower
 * value is worse. Values and thresholds may come on different scales — a percent-formatted cell
 * (0.3) against thresholds typed as 30, or «30 %» text — and are then all compared in percent
 * points. A blank value gives "" ; a bad argument throws the Russian explanation.
 */
export function riskLevelOfCells(
  value: CellValue,
  mediumFrom: CellValue,
  highFrom: CellValue,
): RiskLevel | '' {
  if (isBlank(value)) return '';
  if (isBlank(mediumFrom) || isBlank(highFrom)) throw new Error(m.riskLevelThresholdMissing);
  const v = readArgument(value, m.riskLevelNotNumber);
  const medium = readArgument(mediumFrom, m.riskLevelThresholdNotNumber);
  const high = readArgument(highFrom, m.riskLevelThresholdNotNumber);
  const args = [v, medium, high];
  const thresholdsLarge = Math.abs(medium.plain) >= 1 && Math.abs(high.plain) >= 1;
  const thresholdsFractions = isFraction(medium.plain) && isFraction(high.plain);
  const mixedScales =
    (isFraction(v.plain) && thresholdsLarge) || (Math.abs(v.plain) > 1 && thresholdsFractions);
  const inPoints = mixedScales || args.some((a) => a.percentText);
  const [x, mediumValue, highValue] = args.map((a) => (inPoints ? a.points : a.plain)) as [
    number,
    number,
    number,
  ];
  const worseWhen = highValue < mediumValue ? BETTER_LESS : BETTER_MORE;
  return levelFor(x, { worseWhen, mediumFrom: mediumValue, highFrom: highValue });
}
