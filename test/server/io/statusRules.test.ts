import { describe, expect, it } from 'vitest';
import { applyStatusColours } from '../../../src/server/io/statusRules';
import { FakeProperties } from '../../fakes/fakeContext';
import {
  type FakeConditionalRule,
  FakeSpreadsheet,
  fakeConditionalRuleBuilder,
} from '../../fakes/fakeSpreadsheet';

const COLOURS = [
  { text: 'Выполнено', background: '#b7e1cd' },
  { text: 'Просрочено', background: '#f4c7c3' },
];

const rulesOf = (sheet: { conditionalRules: unknown[] }): FakeConditionalRule[] =>
  sheet.conditionalRules as FakeConditionalRule[];

describe('applyStatusColours', () => {
  it('replaces its own rules from an older layout and keeps the user’s, even on the same text', () => {
    const sheet = new FakeSpreadsheet().addSheet('Дорожная карта');
    const stale = fakeConditionalRuleBuilder().whenTextEqualTo('Просрочено').setBackground('#000000');
    stale.setRanges([sheet.getRange(2, 3, 5, 1) as unknown as GoogleAppsScript.Spreadsheet.Range]);
    const userOnTwoColumns = fakeConditionalRuleBuilder()
      .whenTextEqualTo('Просрочено')
      .setBackground('#123456');
    userOnTwoColumns.setRanges([sheet.getRange(2, 1, 5, 2) as unknown as GoogleAppsScript.Spreadsheet.Range]);
    const userFormula = fakeConditionalRuleBuilder().whenFormulaSatisfied('=$A2=""').setBackground('#eeeeee');
    sheet.conditionalRules = [stale.build(), userOnTwoColumns.build(), userFormula.build()];

    applyStatusColours(
      sheet,
      'Дорожная карта',
      new FakeProperties(),
      { column: 11, firstRow: 2, numRows: 5 },
      COLOURS,
      { newRule: fakeConditionalRuleBuilder },
    );

    expect(rulesOf(sheet).map((r) => [r.whenTextEqualTo ?? r.whenFormula, r.ranges])).toEqual([
      ['Выполнено', ['K2:K6']],
      ['Просрочено', ['K2:K6']],
      ['Просрочено', ['A2:B6']],
      ['=$A2=""', []],
    ]);
  });
});

describe('applyStatusColours on a one-row table', () => {
  it('recognises its own rule on a single cell (Sheets names it «K2», not «K2:K2») when the table grows', () => {
    const sheet = new FakeSpreadsheet().addSheet('Дорожная карта');
    const properties = new FakeProperties();
    const rules = { newRule: fakeConditionalRuleBuilder };
    applyStatusColours(
      sheet,
      'Дорожная карта',
      properties,
      { column: 11, firstRow: 2, numRows: 1 },
      COLOURS,
      rules,
    );
    expect(rulesOf(sheet).map((r) => r.ranges)).toEqual([['K2'], ['K2']]);

    applyStatusColours(
      sheet,
      'Дорожная карта',
      properties,
      { column: 11, firstRow: 2, numRows: 3 },
      COLOURS,
      rules,
    );

    expect(rulesOf(sheet).map((r) => [r.whenTextEqualTo, r.ranges])).toEqual([
      ['Выполнено', ['K2:K4']],
      ['Просрочено', ['K2:K4']],
    ]);
  });
});
