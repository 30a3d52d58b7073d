import { afterEach, describe, expect, it } from 'vitest';
import { applyStatusColours } from '../../../src/server/io/statusRules';
import type { SheetLike } from '../../../src/server/platform/surface';
import { FakeProperties } from '../../fakes/fakeContext';
import { type FakeConditionalRule, FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const COLOURS = [
  { text: 'Выполнено', background: '#b7e1cd' },
  { text: 'Просрочено', background: '#f4c7c3' },
];

const rulesOf = (sheet: { conditionalRules: unknown[] }): FakeConditionalRule[] =>
  sheet.conditionalRules as FakeConditionalRule[];

describe('applyStatusColours', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).SpreadsheetApp;
  });

  it('replaces its own rules from an older layout and keeps the user’s, even on the same text', () => {
    const sheet = new FakeSpreadsheet().addSheet('Дорожная карта');
    const stale = sheet.newConditionalFormatRule().whenTextEqualTo('Просрочено').setBackground('#000000');
    stale.setRanges([sheet.getRange(2, 3, 5, 1) as unknown as GoogleAppsScript.Spreadsheet.Range]);
    const userOnTwoColumns = sheet
      .newConditionalFormatRule()
      .whenTextEqualTo('Просрочено')
      .setBackground('#123456');
    userOnTwoColumns.setRanges([sheet.getRange(2, 1, 5, 2) as unknown as GoogleAppsScript.Spreadsheet.Range]);
    const userFormula = sheet
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2=""')
      .setBackground('#eeeeee');
    sheet.conditionalRules = [stale.build(), userOnTwoColumns.build(), userFormula.build()];

    applyStatusColours(
      sheet,
      'Дорожная карта',
      new FakeProperties(),
      { column: 11, firstRow: 2, numRows: 5 },
      COLOURS,
    );

    expect(rulesOf(sheet).map((r) => [r.whenTextEqualTo ?? r.whenFormula, r.ranges])).toEqual([
      ['Выполнено', ['K2:K6']],
      ['Просрочено', ['K2:K6']],
      ['Просрочено', ['A2:B6']],
      ['=$A2=""', []],
    ]);
  });

  it('builds rules through SpreadsheetApp when the sheet has no builder, as a real Sheet', () => {
    const fake = new FakeSpreadsheet().addSheet('Целевые показатели');
    let built = 0;
    (globalThis as Record<string, unknown>).SpreadsheetApp = {
      newConditionalFormatRule: () => {
        built++;
        return new FakeSpreadsheet().addSheet('x').newConditionalFormatRule();
      },
    };
    const realLike = new Proxy(fake, {
      get: (target, key) =>
        key === 'newConditionalFormatRule' ? undefined : Reflect.get(target, key, target),
    }) as unknown as SheetLike;

    applyStatusColours(
      realLike,
      'Целевые показатели',
      new FakeProperties(),
      { column: 8, firstRow: 2, numRows: 3 },
      COLOURS,
    );

    expect(built).toBe(2);
    expect(rulesOf(fake).map((r) => r.ranges[0])).toEqual(['H2:H4', 'H2:H4']);
  });
});
