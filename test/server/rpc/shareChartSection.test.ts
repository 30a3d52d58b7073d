// The dashboard's chart is the справка's chart: one model, computed by the same core.
import { describe, expect, it } from 'vitest';
import { buildSchoolWorkbook } from '../../../dev/sample/schoolWorkbook';
import { buildReport } from '../../../src/core/report/buildReport';
import type { ChartModel } from '../../../src/core/report/documentModel';
import { readReportInput } from '../../../src/server/report/reportInput';
import { readDashboard } from '../../../src/server/rpc/dashboard';
import { shareChartDto } from '../../../src/server/rpc/shareChartSection';
import { createFakeContext } from '../../fakes/fakeContext';

const NOW = new Date('2024-11-20T09:00:00+03:00');

function reportChartOf(context: ReturnType<typeof createFakeContext>): ChartModel | null {
  const report = buildReport(readReportInput(context.spreadsheet, NOW));
  for (const section of report.sections)
    for (const block of section.blocks) if (block.kind === 'chart') return block.chart;
  return null;
}

describe('the dashboard chart', () => {
  it('is the справка’s chart model of the sample school, as plain JSON', () => {
    const context = createFakeContext(buildSchoolWorkbook(), NOW);
    const dto = readDashboard(context).shareChart;
    const chart = reportChartOf(context);
    expect(chart).not.toBeNull();
    expect(dto).toEqual({ state: 'ready', ...shareChartDto(chart!) });
    if (dto.state !== 'ready') throw new Error('not ready');
    expect(dto.categories.length).toBeGreaterThan(0);
    expect(dto.threshold).toBe(30);
    expect(JSON.parse(JSON.stringify(dto))).toEqual(dto);
  });

  it('adds the municipality’s and the region’s shares where «Сравнение» holds them', () => {
    const workbook = buildSchoolWorkbook();
    const context = createFakeContext(workbook, NOW);
    const before = readDashboard(context).shareChart;
    if (before.state !== 'ready') throw new Error('not ready');
    const year = Number(/\d{4}(?!.*\d{4})/.exec(before.series.at(-1)!.name)?.[0] ?? 2024);
    const procedure = before.categories[0]!;
    workbook.addSheet('Сравнение', [
      [
        'Уровень',
        'Название',
        'Год',
        'Процедура',
        'Участников',
        'Доля «2», %',
        'Доля «3», %',
        'Доля «4», %',
        'Доля «5», %',
      ],
      ['Муниципалитет', 'Озёрский МО', year, procedure, 812, 12.5, 40, 30, 17.5],
      ['Регион', 'Область', year, procedure, 20412, 9.8, 41, 31, 18.2],
    ]);
    const after = readDashboard(context).shareChart;
    if (after.state !== 'ready') throw new Error('not ready');
    expect(after.series.length).toBe(before.series.length + 2);
    expect(after.series.at(-2)!.values[0]).toBeCloseTo(12.5);
    expect(after.series.at(-1)!.values[0]).toBeCloseTo(9.8);
  });

  it('says which sheet is missing when there are no results', () => {
    const workbook = buildSchoolWorkbook();
    workbook.sheets.splice(
      workbook.sheets.findIndex((s) => s.getNameUncounted() === 'Результаты ОП'),
      1,
    );
    const dto = readDashboard(createFakeContext(workbook, NOW)).shareChart;
    expect(dto).toEqual({ state: 'noSheet', sheet: 'Результаты ОП' });
  });
});
