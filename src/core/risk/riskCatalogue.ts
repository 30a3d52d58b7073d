// The scoring catalogue in use: «Пороги рисков» as the user keeps it, or the built-in defaults
// when the sheet is missing or unreadable (said in the journal). Parameters are found by a tolerant
// key of their text, so «Доля обучающихся с ОВЗ» finds «…с ограниченными возможностями здоровья».
import type { Grid } from '../cells/cellValue';
import type { Journal } from '../journal/journal';
import { riskMessages as m } from '../messages/risk';
import { parseNumber } from '../numbers/parseNumber';
import { formatsFromGrid, type NumberFormats, shareScaleAt } from '../numbers/shareScale';
import { type LocatedTable, locateTable } from '../table/locateTable';
import { columnOf, type KeyOf } from '../table/schema';
import { BETTER_LESS, BETTER_MORE, RISK_THRESHOLDS_SHEET } from '../template/sheets';
import { isBlank, normalizeText } from '../text/normalize';
import { BUILT_IN_RISK_THRESHOLDS, type RiskThreshold } from './builtInCatalogue';
import { matchKey } from './matchKey';
import { matchRiskFactor, RISK_FACTOR_NAMES, type RiskFactorId } from './riskFactors';
import { parseWorseWhen, percentPoints } from './riskLevel';

export type RiskThresholdKey = KeyOf<typeof RISK_THRESHOLDS_SHEET>;

export interface RiskCatalogue {
  /** «sheet»: read from «Пороги рисков»; «builtIn»: the add-on's defaults. */
  readonly source: 'sheet' | 'builtIn';
  readonly thresholds: readonly RiskThreshold[];
  /** The threshold of a parameter, preferring the one filed under the given direction. */
  find(indicator: unknown, factorId: RiskFactorId | null): RiskThreshold | null;
}

const percentUnits = new Map<string, boolean>();

/** «%», «проц.», «процентов»: the unit of a share, whose values may come as fractions. */
export function isPercentUnit(unit: unknown): boolean {
  const text = String(unit ?? '');
  let percent = percentUnits.get(text);
  if (percent === undefined) {
    // Units are a handful of short texts: remembered without a bound.
    percent = /^(%|проц)/.test(normalizeText(text));
    if (text.length <= 40) percentUnits.set(text, percent);
  }
  return percent;
}

export function createRiskCatalogue(
  thresholds: readonly RiskThreshold[],
  source: RiskCatalogue['source'],
): RiskCatalogue {
  const byKey = new Map<string, RiskThreshold[]>();
  for (const threshold of thresholds) {
    const key = matchKey(threshold.indicator);
    byKey.set(key, [...(byKey.get(key) ?? []), threshold]);
  }
  return {
    source,
    thresholds,
    find(indicator, factorId) {
      const candidates = byKey.get(matchKey(indicator));
      if (!candidates) return null;
      return (
        candidates.find((t) => t.factorId === factorId) ??
        candidates.find((t) => t.factorId === null) ??
        candidates[0]!
      );
    },
  };
}

export const BUILT_IN_CATALOGUE: RiskCatalogue = createRiskCatalogue(BUILT_IN_RISK_THRESHOLDS, 'builtIn');

const header = (key: RiskThresholdKey) => columnOf(RISK_THRESHOLDS_SHEET, key).header;

/** The valid rows of «Пороги рисков»; each bad row is a journal entry and is left out. */
export function readRiskThresholds(
  table: LocatedTable<RiskThresholdKey>,
  journal: Journal,
  formats: NumberFormats<RiskThresholdKey> | null = null,
): RiskThreshold[] {
  const sheet = RISK_THRESHOLDS_SHEET.name;
  const thresholds: RiskThreshold[] = [];
  const seen = new Set<string>();
  let factorText: unknown = '';
  for (const [rowIndex, row] of table.rows.entries()) {
    if (row.blank) continue;
    const { cells } = row;
    const problem = (key: RiskThresholdKey, value: unknown, text: string, fix: string) =>
      journal.add({ sheet, row: row.rowNumber, column: header(key), value, problem: text, fix });
    // A blank direction continues the one above, as in the seed's risk map.
    if (!isBlank(cells.factor)) factorText = cells.factor;
    if (isBlank(cells.indicator)) continue;
    const factor = matchRiskFactor(factorText);
    if (!factor && !isBlank(factorText)) {
      problem('factor', factorText, m.unknownFactor, m.unknownFactorFix(RISK_FACTOR_NAMES));
    }
    const percent = isPercentUnit(cells.unit);
    const readThreshold = (key: 'mediumFrom' | 'highFrom') => {
      const scale = shareScaleAt(formats, key, rowIndex);
      const value = percent ? percentPoints(cells[key], scale) : parseNumber(cells[key]);
      if (value === null) problem(key, cells[key], m.thresholdNotNumber, m.thresholdNotNumberFix);
      return value;
    };
    const mediumFrom = readThreshold('mediumFrom');
    const highFrom = readThreshold('highFrom');
    if (mediumFrom === null || highFrom === null) continue;
    let worseWhen = parseWorseWhen(cells.worseWhen);
    if (isBlank(cells.worseWhen)) worseWhen = highFrom < mediumFrom ? BETTER_LESS : BETTER_MORE;
    if (!worseWhen) {
      problem('worseWhen', cells.worseWhen, m.worseWhenUnknown, m.worseWhenFix);
      continue;
    }
    const inverted = worseWhen === BETTER_MORE ? highFrom < mediumFrom : highFrom > mediumFrom;
    if (inverted) {
      problem('highFrom', cells.highFrom, m.thresholdsInverted(worseWhen), m.thresholdsInvertedFix);
      continue;
    }
    const factorId = factor?.id ?? null;
    const identity = `${factorId ?? ''}|${matchKey(cells.indicator)}`;
    if (seen.has(identity)) {
      problem('indicator', cells.indicator, m.thresholdDuplicate, m.thresholdDuplicateFix);
      continue;
    }
    seen.add(identity);
    thresholds.push({
      factorId,
      indicator: String(cells.indicator).trim(),
      unit: String(cells.unit).trim(),
      worseWhen,
      mediumFrom,
      highFrom,
    });
  }
  return thresholds;
}

/**
 * The catalogue to score with, from the grid of «Пороги рисков» (null when the workbook has no
 * such sheet): the sheet's rows, or the built-in defaults with a journal entry saying why.
 * `formatsGrid`: the sheet's number formats, same shape, where the reader has them.
 */
export function loadRiskCatalogue(
  grid: Grid | null,
  journal: Journal,
  formatsGrid: readonly (readonly string[])[] | null = null,
): RiskCatalogue {
  const sheet = RISK_THRESHOLDS_SHEET.name;
  const fallBack = (problem: string, fix: string): RiskCatalogue => {
    journal.add({ sheet, row: null, column: '', value: '', problem, fix });
    return BUILT_IN_CATALOGUE;
  };
  if (!grid) return fallBack(m.thresholdsMissing, m.thresholdsMissingFix);
  const located = locateTable(grid, RISK_THRESHOLDS_SHEET);
  if (!located.found) {
    return fallBack(m.thresholdsHeadersMissing(located.missingHeaders), m.thresholdsHeadersFix);
  }
  const formats = formatsFromGrid(formatsGrid, located.table, ['mediumFrom', 'highFrom']);
  const thresholds = readRiskThresholds(located.table, journal, formats);
  if (thresholds.length === 0) return fallBack(m.thresholdsEmpty, m.thresholdsEmptyFix);
  return createRiskCatalogue(thresholds, 'sheet');
}
