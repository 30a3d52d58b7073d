import { sheetMissingEntry } from '../../core/journal/tableProblems';
import { headersNotFoundEntry, tableShapeEntries } from '../../core/journal/tableShapeProblems';
import { menuLabels } from '../../core/messages/menu';
import { riskMessages as m } from '../../core/messages/risk';
import { formatsFromGrid } from '../../core/numbers/shareScale';
import { assessRiskProfile as assessProfile } from '../../core/risk/assessRiskProfile';
import { loadRiskCatalogue } from '../../core/risk/riskCatalogue';
import { HIGH, LOW, MEDIUM } from '../../core/risk/riskLevel';
import { localHighCount, officialHighCount, riskSummaryRows } from '../../core/risk/riskMap';
import { type LocatedTable, locateTable, writtenColumn } from '../../core/table/locateTable';
import type { KeyOf } from '../../core/table/schema';
import { RISK_PROFILE_SHEET, RISK_SUMMARY_SHEET, RISK_THRESHOLDS_SHEET } from '../../core/template/sheets';
import type { AddonContext } from '../context';
import { readGridWithFormats } from '../io/numberFormats';
import { writeOwnedSheet } from '../io/ownedSheet';
import { applyStatusColours, type StatusColour } from '../io/statusRules';
import { writeOutputColumns } from '../io/tables';
import type { SheetLike } from '../platform/surface';
import { type ActionResult, runAction } from './runAction';

// The colours of the risk map in the seed documents and the dashboard; the word stays in the cell.
const LEVEL_COLOURS: readonly StatusColour[] = [
  { text: LOW, background: '#d9ead3' },
  { text: MEDIUM, background: '#fce8b2' },
  { text: HIGH, background: '#f4c7c3' },
];

/** Colours `Уровень риска` by level, once per layout of the sheet (see applyStatusColours). */
function colourLevels(
  context: AddonContext,
  sheet: SheetLike,
  table: LocatedTable<KeyOf<typeof RISK_PROFILE_SHEET>>,
): void {
  const column = writtenColumn(table, 'localLevel');
  if (column === undefined) return;
  applyStatusColours(
    sheet,
    RISK_PROFILE_SHEET.name,
    context.documentProperties,
    { column: column + 1, firstRow: table.headerRowNumber + 1, numRows: table.rows.length },
    LEVEL_COLOURS,
    context.conditionalFormats,
  );
}

/**
 * «Оценить рисковый профиль» (PRODUCT.md §5): reads «Рисковый профиль» and «Пороги рисков» once
 * each, writes `Уровень риска` and `Вывод` as one block and rewrites «Рисковый профиль — итог».
 * `Уровень ФИОКО` and every other input column are never written.
 */
export function assessRiskProfile(context: AddonContext): ActionResult {
  return runAction(context, menuLabels.assessRisk, ({ journal }) => {
    const { spreadsheet } = context;
    // «%» parameters: a plain number is percent points, a percent-formatted one a fraction (§2): the
    // number formats come from the same range as the values.
    const read = readGridWithFormats(spreadsheet, RISK_PROFILE_SHEET.name);
    const profile = read && {
      sheet: read.sheet,
      result: locateTable(read.grid, RISK_PROFILE_SHEET),
      formats: read.formats,
    };
    const sheet = RISK_PROFILE_SHEET.name;
    if (!profile) {
      journal.add(sheetMissingEntry(sheet));
      return { summary: m.profileMissingSummary };
    }
    if (!profile.result.found) {
      journal.add(headersNotFoundEntry(RISK_PROFILE_SHEET, profile.result));
      return { summary: m.profileHeadersMissingSummary(profile.result.missingHeaders) };
    }
    const table = profile.result.table;
    for (const entry of tableShapeEntries(table)) journal.add(entry);
    const thresholds = readGridWithFormats(spreadsheet, RISK_THRESHOLDS_SHEET.name);
    const catalogue = loadRiskCatalogue(thresholds?.grid ?? null, journal, thresholds?.formats ?? null);
    const valueFormats = formatsFromGrid(profile.formats, table, ['value']);
    const assessment = assessProfile(table, catalogue, journal, valueFormats);

    writeOutputColumns(profile.sheet, table, {
      localLevel: assessment.rows.map((row) => row.level ?? ''),
      conclusion: assessment.rows.map((row) => row.conclusion),
    });
    colourLevels(context, profile.sheet, table);
    // A user's column on the summary (a plan, a note) follows its factor.
    writeOwnedSheet(
      spreadsheet,
      {
        name: RISK_SUMMARY_SHEET.name,
        headers: RISK_SUMMARY_SHEET.columns.map((c) => c.header),
        keyColumns: [0],
      },
      riskSummaryRows(assessment),
    );
    const counted = assessment.factors.reduce((sum, f) => sum + f.indicatorsCounted, 0);
    return {
      summary: m.assessed(
        counted,
        localHighCount(assessment),
        officialHighCount(assessment),
        catalogue.source === 'builtIn',
      ),
    };
  });
}
