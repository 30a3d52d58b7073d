// «Оценить рисковый профиль» (PRODUCT.md §5) on plain data: every parameter of the school's risk
// map gets its level from the catalogue, every FIOKO direction a level by the roll-up rule, beside
// the official level the school entered (read, never recomputed). The same function serves the
// menu action, the sidebar and the curator summary over other schools' workbooks.

import type { Grid } from '../cells/cellValue';
import type { Journal } from '../journal/journal';
import { headersMissingEntry, sheetMissingEntry } from '../journal/tableProblems';
import { riskMessages as m } from '../messages/risk';
import { parseNumber } from '../numbers/parseNumber';
import { formatsFromGrid, type NumberFormats, type ShareScale, shareScaleAt } from '../numbers/shareScale';
import { type LocatedTable, locateTable, type TableRow } from '../table/locateTable';
import { columnOf, type KeyOf } from '../table/schema';
import { RISK_PROFILE_SHEET } from '../template/sheets';
import { isBlank } from '../text/normalize';
import type { RiskThreshold } from './builtInCatalogue';
import { matchKey } from './matchKey';
import { isPercentUnit, loadRiskCatalogue, type RiskCatalogue } from './riskCatalogue';
import {
  matchRiskFactor,
  RISK_FACTOR_NAMES,
  RISK_FACTORS,
  type RiskFactor,
  type RiskFactorId,
} from './riskFactors';
import {
  conclusionFor,
  HIGH,
  levelFor,
  levelRank,
  parseRiskLevel,
  percentPoints,
  type RiskLevel,
} from './riskLevel';
import { rollUpFactorLevel } from './rollUp';

export type RiskProfileKey = KeyOf<typeof RISK_PROFILE_SHEET>;

/** What became of one row of «Рисковый профиль». */
export type RiskRowOutcome =
  | 'scored'
  | 'noThreshold'
  | 'badValue'
  | 'unitMismatch'
  | 'noData'
  /** A row naming a direction without a parameter (it may carry the official level). */
  | 'heading'
  | 'blank';

export interface RiskRowAssessment {
  readonly rowNumber: number;
  readonly factorId: RiskFactorId | null;
  readonly outcome: RiskRowOutcome;
  /** The school's own estimate; null unless scored. */
  readonly level: RiskLevel | null;
  /** The `Вывод` written beside the row ("" for blank and heading rows). */
  readonly conclusion: string;
}

export interface RiskFactorAssessment {
  readonly factor: RiskFactor;
  /** The level from the local score (the school's own estimate); null when nothing was scored. */
  readonly localLevel: RiskLevel | null;
  /** The highest level FIOKO gave the direction, as entered in `Уровень ФИОКО`. */
  readonly officialLevel: RiskLevel | null;
  readonly indicatorsCounted: number;
  readonly indicatorsWithoutThreshold: number;
  /** High by either source. */
  readonly priority: boolean;
  readonly conclusion: string;
}

export interface RiskProfileAssessment {
  /** One per row of the located table, in its order. */
  readonly rows: readonly RiskRowAssessment[];
  /** The ten directions in FIOKO's order. */
  readonly factors: readonly RiskFactorAssessment[];
  readonly catalogueSource: RiskCatalogue['source'];
}

interface FactorTally {
  readonly levels: RiskLevel[];
  readonly scoredKeys: Set<string>;
  readonly withoutThreshold: Set<string>;
  official: RiskLevel | null;
}

const SHEET = RISK_PROFILE_SHEET.name;
const header = (key: RiskProfileKey) => columnOf(RISK_PROFILE_SHEET, key).header;

function worse(a: RiskLevel | null, b: RiskLevel | null): RiskLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return levelRank(a) >= levelRank(b) ? a : b;
}

function readValue(
  row: TableRow<RiskProfileKey>,
  threshold: RiskThreshold,
  scale: ShareScale,
): number | null {
  const percent = isBlank(threshold.unit) ? isPercentUnit(row.cells.unit) : isPercentUnit(threshold.unit);
  return percent ? percentPoints(row.cells.value, scale) : parseNumber(row.cells.value);
}

/** A share against a count (or the other way round) cannot be compared. */
function unitsDisagree(rowUnit: unknown, threshold: RiskThreshold): boolean {
  if (isBlank(rowUnit) || isBlank(threshold.unit)) return false;
  return isPercentUnit(rowUnit) !== isPercentUnit(threshold.unit);
}

/**
 * Scores the located «Рисковый профиль» with the catalogue; bad rows are journal entries. `formats`:
 * the number formats of `Результат` read with the values (a «%» row's plain number is percent
 * points, a percent-formatted one a fraction); null: none known.
 */
export function assessRiskProfile(
  table: LocatedTable<RiskProfileKey>,
  catalogue: RiskCatalogue,
  journal: Journal,
  formats: NumberFormats<RiskProfileKey> | null = null,
): RiskProfileAssessment {
  const tallies = new Map<RiskFactorId, FactorTally>(
    RISK_FACTORS.map((f) => [
      f.id,
      { levels: [], scoredKeys: new Set(), withoutThreshold: new Set(), official: null },
    ]),
  );
  const rows: RiskRowAssessment[] = [];
  let currentFactor: RiskFactor | null = null;

  for (const [rowIndex, row] of table.rows.entries()) {
    const { cells, rowNumber } = row;
    const note = (key: RiskProfileKey, problem: string, fix: string) =>
      journal.add({ sheet: SHEET, row: rowNumber, column: header(key), value: cells[key], problem, fix });
    const done = (
      factorId: RiskFactorId | null,
      outcome: RiskRowOutcome,
      level: RiskLevel | null,
      conclusion: string,
    ) => rows.push({ rowNumber, factorId, outcome, level, conclusion });

    if (row.blank) {
      done(currentFactor?.id ?? null, 'blank', null, '');
      continue;
    }
    // A blank direction continues the one above: the seed's map names it once for its parameters.
    if (!isBlank(cells.factor)) {
      currentFactor = matchRiskFactor(cells.factor);
      if (!currentFactor) note('factor', m.unknownFactor, m.unknownFactorFix(RISK_FACTOR_NAMES));
    }
    const official = parseRiskLevel(cells.officialLevel);
    if (official === null && !isBlank(cells.officialLevel)) {
      note('officialLevel', m.officialLevelUnknown, m.officialLevelFix);
    }
    if (isBlank(cells.indicator)) {
      if (currentFactor)
        tallies.get(currentFactor.id)!.official = worse(tallies.get(currentFactor.id)!.official, official);
      done(currentFactor?.id ?? null, 'heading', null, '');
      continue;
    }
    const threshold = catalogue.find(cells.indicator, currentFactor?.id ?? null);
    const factorId = currentFactor?.id ?? threshold?.factorId ?? null;
    const tally = factorId ? tallies.get(factorId)! : null;
    if (tally) tally.official = worse(tally.official, official);
    const indicatorKey = matchKey(cells.indicator);

    if (!threshold) {
      note('indicator', m.noThreshold, m.noThresholdFix);
      tally?.withoutThreshold.add(indicatorKey);
      done(factorId, 'noThreshold', null, m.conclusionNoThreshold);
      continue;
    }
    if (isBlank(cells.value)) {
      done(factorId, 'noData', null, m.conclusionNoData);
      continue;
    }
    if (unitsDisagree(cells.unit, threshold)) {
      note('unit', m.unitMismatch(threshold.unit), m.unitMismatchFix);
      done(factorId, 'unitMismatch', null, m.conclusionUnitMismatch);
      continue;
    }
    const value = readValue(row, threshold, shareScaleAt(formats, 'value', rowIndex));
    if (value === null) {
      note('value', m.valueNotNumber, m.valueNotNumberFix);
      done(factorId, 'badValue', null, m.conclusionBadValue);
      continue;
    }
    const level = levelFor(value, threshold);
    done(factorId, 'scored', level, conclusionFor(level));
    if (!tally) continue;
    // The seed's map repeats a parameter with the same value: it counts once. A repeat with a
    // different value is a likely typo, said in the journal; both count, so the worse one shows.
    const scoredKey = `${indicatorKey}|${value}`;
    if (tally.scoredKeys.has(scoredKey)) continue;
    if ([...tally.scoredKeys].some((key) => key.startsWith(`${indicatorKey}|`))) {
      note('indicator', m.duplicateIndicator, m.duplicateIndicatorFix);
    }
    tally.scoredKeys.add(scoredKey);
    tally.levels.push(level);
  }

  const factors = RISK_FACTORS.map((factor): RiskFactorAssessment => {
    const tally = tallies.get(factor.id)!;
    const localLevel = rollUpFactorLevel(tally.levels);
    return {
      factor,
      localLevel,
      officialLevel: tally.official,
      indicatorsCounted: tally.levels.length,
      indicatorsWithoutThreshold: tally.withoutThreshold.size,
      priority: localLevel === HIGH || tally.official === HIGH,
      conclusion: localLevel ? conclusionFor(localLevel) : m.factorNoData,
    };
  });
  return { rows, factors, catalogueSource: catalogue.source };
}

/** Number formats of the two sheets, same shape as their grids, where the reader has them. */
export interface SheetFormats {
  readonly profile?: readonly (readonly string[])[] | null;
  readonly thresholds?: readonly (readonly string[])[] | null;
}

/**
 * The same assessment from raw grids — what the sidebar reads from this workbook and the curator
 * summary from another school's. null (with a journal entry) when the risk map cannot be read.
 */
export function assessRiskProfileGrids(
  profileGrid: Grid | null,
  thresholdsGrid: Grid | null,
  journal: Journal,
  gridFormats: SheetFormats = {},
): RiskProfileAssessment | null {
  if (!profileGrid) {
    journal.add(sheetMissingEntry(SHEET));
    return null;
  }
  const located = locateTable(profileGrid, RISK_PROFILE_SHEET);
  if (!located.found) {
    journal.add(headersMissingEntry(SHEET, located.missingHeaders));
    return null;
  }
  const catalogue = loadRiskCatalogue(thresholdsGrid, journal, gridFormats.thresholds ?? null);
  const formats = formatsFromGrid(gridFormats.profile, located.table, ['value']);
  return assessRiskProfile(located.table, catalogue, journal, formats);
}
