// The dashboard's «Импортировать результаты» button runs the menu's import on the sample school's
// «Импорт» paste: the same rows land in «Результаты ОП», and the sidebar gets the toast's message.
import { describe, expect, it } from 'vitest';
import { buildSchoolWorkbook } from '../../../dev/sample/schoolWorkbook';
import { menuLabels } from '../../../src/core/messages/menu';
import { importResults } from '../../../src/server/actions/importResults';
import { runDashboardAction } from '../../../src/server/rpc/dashboardActions';
import { texts } from '../../../src/sidebar/lib/texts';
import { createFakeContext } from '../../fakes/fakeContext';

const AS_OF = new Date('2024-11-20T09:00:00+03:00');

function resultsGrid(ctx: ReturnType<typeof createFakeContext>) {
  return ctx.spreadsheet.getSheetByName('Результаты ОП')!.getDataRange().getValues();
}

describe('the dashboard button «Импортировать результаты»', () => {
  it('imports the same rows as the menu item, and the message goes to the sidebar without an alert', () => {
    const fromMenu = createFakeContext(buildSchoolWorkbook(), AS_OF);
    const menuResult = importResults(fromMenu);
    const fromButton = createFakeContext(buildSchoolWorkbook(), AS_OF);
    const buttonResult = runDashboardAction(fromButton, 'importResults');

    expect(buttonResult.ok).toBe(true);
    expect(buttonResult.message).toBe(menuResult.message);
    expect(resultsGrid(fromButton)).toEqual(resultsGrid(fromMenu));
    const untouched = createFakeContext(buildSchoolWorkbook(), AS_OF);
    expect(resultsGrid(fromButton).length).toBeGreaterThan(resultsGrid(untouched).length);
    expect(fromButton.ui.alerts).toHaveLength(0);
  });

  it('is labelled exactly as the menu item', () => {
    expect(texts.actionLabels.importResults).toBe(menuLabels.importResults);
  });
});
