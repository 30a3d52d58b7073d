// Properties of the справка over random district tables: whatever the data, it has every section in
// order, its «ШНОР по годам» is the sheet's, its count sentence matches that table, and it never
// speaks of dynamics without two years or of «необъективность».
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { identifyFromGrids } from '../../../src/core/identification/identify';
import { lowResultByYearSheet } from '../../../src/core/identification/lowResultByYearSheet';
import { PROCEDURES } from '../../../src/core/identification/procedures';
import { Journal } from '../../../src/core/journal/journal';
import { identificationMessages as im } from '../../../src/core/messages/identification';
import { reportMessages as m } from '../../../src/core/messages/report';
import { buildReport } from '../../../src/core/report/buildReport';
import { RESULTS_SHEET } from '../../../src/core/template/sheets';
import { cellText } from '../../../src/core/text/normalize';
import { sheetRows } from '../../fakes/fakeSchoolWorkbook';
import {
  documentText,
  reportInputOf,
  SECTION_ORDER,
  section,
  sectionText,
  settingsGrid,
  tablesOf,
} from './reportFixtures';

const row = fc.record({
  school: fc.integer({ min: 1, max: 8 }),
  year: fc.integer({ min: 2019, max: 2024 }),
  procedure: fc.integer({ min: 0, max: PROCEDURES.length - 1 }),
  participants: fc.integer({ min: 1, max: 40 }),
  failedShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

type Row = ReturnType<typeof row.generate>['value'];

function grid(rows: readonly Row[]): CellValue[][] {
  return sheetRows(
    RESULTS_SHEET,
    rows.map((r) => ({
      school: `МБОУ СОШ № ${r.school}`,
      year: r.year,
      procedure: PROCEDURES[r.procedure]!.name,
      participants: r.participants,
      failed: Math.floor(r.participants * r.failedShare),
    })),
  );
}

describe('the municipal справка on any district table', () => {
  it('agrees with «ШНОР по годам» and claims no dynamics it cannot carry', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (rows, min) => {
          const settings = settingsGrid({ Муниципалитет: 'Район', 'Минимум участников': min });
          const input = reportInputOf({ settings, results: grid(rows) });
          const doc = buildReport(input);
          expect(doc.sections.map((s) => s.id)).toEqual(SECTION_ORDER);
          const identification = identifyFromGrids(
            input.sheets.results!,
            null,
            input.settings,
            new Journal(),
          );
          const sheet = lowResultByYearSheet(identification);
          const identificationSection = section(doc, 'identification');
          const byYear = tablesOf(identificationSection).find((t) => t.header[0] === '№');
          expect(byYear?.header).toEqual(sheet.headers);
          expect(byYear?.rows).toEqual(sheet.rows.map((r) => r.map(cellText)));
          const text = documentText(doc);
          expect(text).not.toMatch(/необъектив/i);
          const lists = identification.byYear;
          const dynamics = sectionText(identificationSection).match(/Число ШНОР по годам: (.*)\./);
          if (lists.length < 2) {
            expect(dynamics).toBeNull();
            expect(text).not.toMatch(/Число ШНОР (уменьшилось|увеличилось|не изменилось)/);
          } else {
            expect(dynamics?.[1]).toBe(lists.map((l) => `в ${l.year} году — ${l.schools.length}`).join(', '));
          }
          // «Вышли из списка» and «по данным сказать нельзя» name the schools the sheet counts.
          const last = lists.at(-1);
          const conclusions = sectionText(section(doc, 'conclusions')).split('\n');
          const leftNames = last?.change?.left ?? [];
          const unknownNames = last?.change?.withoutResults ?? [];
          const said = (prefix: string) => conclusions.filter((c) => c.startsWith(prefix));
          expect(said('Вышли из списка ШНОР')).toEqual(
            leftNames.length > 0 ? [m.schoolsLeft(last!.year, leftNames)] : [],
          );
          expect(said('Нет результатов')).toEqual(
            unknownNames.length > 0
              ? [m.schoolsWithoutResults(last!.year, last!.year - 1, unknownNames)]
              : [],
          );
          const countOf = (label: string) => sheet.rows.find((r) => r[0] === label)?.at(-1) ?? '';
          if (last?.change) {
            expect(countOf(im.byYearLeft)).toBe(leftNames.length);
            expect(countOf(im.byYearWithoutResults) || 0).toBe(unknownNames.length);
          }
          const years = new Set(
            rows.filter((r) => r.year <= identification.analysisYear!).map((r) => r.year),
          );
          if (years.size < 2) expect(text).not.toMatch(/выросла|снизилась|Изменение/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
