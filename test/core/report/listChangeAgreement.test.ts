// The справка and «ШНОР по годам» say the same about how the list changed (PRODUCT.md §2, §11.8): a
// school of last year's list without results this year is «по данным сказать нельзя» in the
// справка and «Нет результатов за год» on the sheet — in neither is it «Вышли из списка».
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { identifyFromGrids } from '../../../src/core/identification/identify';
import { lowResultByYearSheet } from '../../../src/core/identification/lowResultByYearSheet';
import { Journal } from '../../../src/core/journal/journal';
import { identificationMessages } from '../../../src/core/messages/identification';
import { reportMessages as m } from '../../../src/core/messages/report';
import { buildReport } from '../../../src/core/report/buildReport';
import type { ReportDocument } from '../../../src/core/report/documentModel';
import { seed002Results } from '../identification/seed002Lists';
import { reportInputOf, section, sectionText, settingsGrid, tablesOf } from './reportFixtures';

const district = (extra: Record<string, CellValue> = {}) =>
  reportInputOf({ settings: settingsGrid({ Муниципалитет: 'Район', ...extra }), results: seed002Results() });

/** The names a «Выводы» sentence starting with `start` lists, [] without one. */
function namesIn(doc: ReportDocument, start: RegExp): string[] {
  const line = sectionText(section(doc, 'conclusions'))
    .split('\n')
    .find((l) => start.test(l));
  const names = line?.replace(start, '').match(/МБОУ [СО]ОШ № \d+/g);
  return names ? [...names] : [];
}

/** The справка's own «ШНОР по годам» table: the last year's cell of a count row, 0 without the row. */
function lastCount(doc: ReportDocument, label: string): number {
  const byYear = tablesOf(section(doc, 'identification')).find((t) => t.header[0] === '№');
  const row = byYear?.rows.find((r) => r[0] === label);
  return row ? Number(row.at(-1)) : 0;
}

describe('the справка and the sheet on a school of last year’s list (seed 002_…’s shape)', () => {
  it('names as «Вышли» only the schools with results that were not flagged, the others apart', () => {
    const { conclusions } = findingsOf(buildReport(district()));
    expect(conclusions).toContain(m.schoolsLeft(2024, ['МБОУ СОШ № 6', 'МБОУ СОШ № 21']));
    expect(conclusions).toContain(m.schoolsWithoutResults(2024, 2023, ['МБОУ ООШ № 8', 'МБОУ СОШ № 27']));
    expect(conclusions).toContain(m.schoolsEntered(2024, ['МБОУ СОШ № 45']));
  });

  it.each([
    ['the latest year of the data', {}],
    // The list change spoken of is the last year's; a `Год анализа` before it changes nothing.
    ['`Год анализа` a year earlier', { 'Год анализа': 2023 }],
  ])('counts in its table what its sentences name, as the sheet does (%s)', (_, settings) => {
    const input = district(settings);
    const doc = buildReport(input);
    const left = namesIn(doc, /^Вышли из списка ШНОР в 2024 году: /);
    const unknown = namesIn(doc, /^Нет результатов 2024 года у школ/);
    expect(left).toEqual(['МБОУ СОШ № 6', 'МБОУ СОШ № 21']);
    expect(unknown).toEqual(['МБОУ ООШ № 8', 'МБОУ СОШ № 27']);
    expect(lastCount(doc, identificationMessages.byYearLeft)).toBe(left.length);
    expect(lastCount(doc, identificationMessages.byYearWithoutResults)).toBe(unknown.length);
    const sheet = lowResultByYearSheet(
      identifyFromGrids(input.sheets.results!, null, input.settings, new Journal()),
    );
    expect(sheet.rows.find((r) => r[0] === identificationMessages.byYearLeft)?.at(-1)).toBe(left.length);
    expect(sheet.rows.find((r) => r[0] === identificationMessages.byYearWithoutResults)?.at(-1)).toBe(
      unknown.length,
    );
  });

  it.each([
    ['МБОУ СОШ № 6', true],
    ['МБОУ СОШ № 21', true],
    ['МБОУ ООШ № 8', false],
    ['МБОУ СОШ № 27', false],
  ])('in %s’s own справка says it left the list: %s', (school, left) => {
    const input = reportInputOf({
      settings: settingsGrid({ 'Образовательная организация': school }),
      results: seed002Results(),
    });
    const { conclusions } = findingsOf(buildReport(input));
    expect(conclusions.includes(m.schoolLeft(school, 2024))).toBe(left);
    if (!left) expect(conclusions).toContain(m.schoolNoResults(school, 2024));
  });
});

function findingsOf(doc: ReportDocument): { conclusions: string[] } {
  return { conclusions: sectionText(section(doc, 'conclusions')).split('\n') };
}
