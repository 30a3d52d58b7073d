import { headersMissingEntry, sheetMissingEntry } from '../../core/journal/tableProblems';
import { menuLabels } from '../../core/messages/menu';
import { riskMessages as m } from '../../core/messages/risk';
import { assessRiskProfile as assessProfile } from '../../core/risk/assessRiskProfile';
import { loadRiskCatalogue } from '../../core/risk/riskCatalogue';
import { localHighCount, officialHighCount, riskSummaryRows } from '../../core/risk/riskMap';
import { RISK_PROFILE_SHEET, RISK_SUMMARY_SHEET, RISK_THRESHOLDS_SHEET } from '../../core/template/sheets';
import type { AddonContext } from '../context';
import { readGrid, readTable, rewriteOwnedSheet, writeOutputColumns } from '../io/tables';
import { type ActionResult, runAction } from './runAction';

/**
 * «Оценить рисковый профиль» (PRODUCT.md §5): reads «Рисковый профиль» and «Пороги рисков» once
 * each, writes `Уровень риска` and `Вывод` as one block and rewrites «Рисковый профиль — итог».
 * `Уровень ФИОКО` and every other input column are never written.
 */
export function assessRiskProfile(context: AddonContext): ActionResult {
  return runAction(context, menuLabels.assessRisk, ({ journal }) => {
    const { spreadsheet } = context;
    const profile = readTable(spreadsheet, RISK_PROFILE_SHEET);
    const sheet = RISK_PROFILE_SHEET.name;
    if (!profile) {
      journal.add(sheetMissingEntry(sheet));
      return { summary: m.profileMissingSummary };
    }
    if (!profile.result.found) {
      journal.add(headersMissingEntry(sheet, profile.result.missingHeaders));
      return { summary: m.profileHeadersSummary };
    }
    const table = profile.result.table;
    const catalogue = loadRiskCatalogue(
      readGrid(spreadsheet, RISK_THRESHOLDS_SHEET.name)?.grid ?? null,
      journal,
    );
    const assessment = assessProfile(table, catalogue, journal);

    writeOutputColumns(profile.sheet, table, {
      localLevel: assessment.rows.map((row) => row.level ?? ''),
      conclusion: assessment.rows.map((row) => row.conclusion),
    });
    rewriteOwnedSheet(spreadsheet, RISK_SUMMARY_SHEET.name, {
      headers: RISK_SUMMARY_SHEET.columns.map((c) => c.header),
      rows: riskSummaryRows(assessment),
    });
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
