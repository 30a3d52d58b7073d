import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { riskThresholdTemplateRows } from '../../../src/core/template/riskThresholdRows';
import { RISK_PROFILE_SHEET, RISK_THRESHOLDS_SHEET } from '../../../src/core/template/sheets';
import { assessRiskProfile } from '../../../src/server/actions/assessRiskProfile';
import { readRiskProfile } from '../../../src/server/actions/readRiskProfile';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

// «%» parameters of the risk map are read like every share (PRODUCT.md §2): a plain number is
// percent points, only a percent-formatted cell holds a fraction. Rows of seed 001_…'s map.
const FAILURE = 'Высокая доля обучающихся с рисками учебной неуспешности';
const SPECIAL_NEEDS = 'Доля обучающихся с ограниченными возможностями здоровья';
const NOT_NATIVE =
  'Доля обучающихся, для которых русский язык не является родным или языком повседневного общения';
const VALUE_COLUMN = 3;

function workbook(rows: CellValue[][], percentRows: readonly number[]): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  const profile = spreadsheet.addSheet(RISK_PROFILE_SHEET.name, [
    RISK_PROFILE_SHEET.columns.map((c) => c.header),
    ...rows,
  ]);
  for (const row of percentRows) profile.formatCells(row, VALUE_COLUMN, 1, 1, '0%');
  spreadsheet.addSheet(RISK_THRESHOLDS_SHEET.name, [
    RISK_THRESHOLDS_SHEET.columns.map((c) => c.header),
    ...riskThresholdTemplateRows(),
  ]);
  return spreadsheet;
}

describe('«Оценить рисковый профиль»: «%» values with their number formats', () => {
  const rows: CellValue[][] = [
    [FAILURE, SPECIAL_NEEDS, 30, '%', ''], // the seed's own row: 30 → высокий
    ['', NOT_NATIVE, 0.5, '%', ''], // 0,5 % of pupils: not 50 %
    ['', SPECIAL_NEEDS, 0.3, '%', ''], // formatted as percent: shows 30 %
  ];

  it('reads 30 and 0,5 typed beside «%» as points, and a percent-formatted 0,3 as 30 %', () => {
    const spreadsheet = workbook(rows, [4]);
    assessRiskProfile(createFakeContext(spreadsheet));
    const levels = spreadsheet
      .sheet(RISK_PROFILE_SHEET.name)
      .values()
      .slice(1)
      .map((r) => r[5]);
    expect(levels).toEqual(['высокий', 'низкий', 'высокий']);
  });

  it('the dashboard’s reading gives the same levels', () => {
    const assessment = readRiskProfile(workbook(rows, [4]))!;
    expect(assessment.rows.map((r) => r.level)).toEqual(['высокий', 'низкий', 'высокий']);
  });

  it('reads thresholds typed in a percent-formatted «Пороги рисков» as fractions', () => {
    const spreadsheet = workbook([[FAILURE, SPECIAL_NEEDS, 20, '%', '']], []);
    const thresholds = spreadsheet.sheet(RISK_THRESHOLDS_SHEET.name);
    const values = thresholds.values();
    const row = values.findIndex((r) => r[1] === SPECIAL_NEEDS) + 1;
    // Средний от 0,1 and Высокий от 0,5 in cells that show 10 % and 50 %.
    thresholds.load(values.map((r, i) => (i + 1 === row ? [r[0]!, r[1]!, r[2]!, r[3]!, 0.1, 0.5] : r)));
    assessRiskProfile(createFakeContext(spreadsheet));
    // Unformatted, 0,1 and 0,5 are points: 20 % is far above both.
    expect(spreadsheet.sheet(RISK_PROFILE_SHEET.name).values()[1]![5]).toBe('высокий');
    thresholds.formatCells(row, 5, 1, 2, '0%');
    assessRiskProfile(createFakeContext(spreadsheet));
    expect(spreadsheet.sheet(RISK_PROFILE_SHEET.name).values()[1]![5]).toBe('средний');
  });
});
