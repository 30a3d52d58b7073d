// The dashboard's chart reads `Доля «2», %` as «Выявить ШНОР» and the справка do (PRODUCT.md §2):
// 0,89 typed is 0,89 %, a percent-formatted 0,89 is 89 % — never 89 for a gymnasium's 0,89 %.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/buildReport';
import type { ChartModel } from '../../../src/core/report/documentModel';
import { readReportInput } from '../../../src/server/report/reportInput';
import { readDashboard } from '../../../src/server/rpc/dashboard';
import { shareChartDto } from '../../../src/server/rpc/shareChartSection';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const NOW = new Date('2024-11-20T09:00:00+03:00');

function workbook(percentFormatted: boolean) {
  const spreadsheet = new FakeSpreadsheet();
  spreadsheet.addSheet('Настройки', [
    ['Параметр', 'Значение'],
    ['Образовательная организация', 'МАОУ Гимназия № 1'],
  ]);
  const results = spreadsheet.addSheet('Результаты ОП', [
    ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %'],
    ['МАОУ Гимназия № 1', 2024, 'ВПР математика 5 класс', 112, '', 0.89],
    ['МАОУ Гимназия № 1', 2024, 'ВПР русский язык 5 класс', 112, '', '1,75'],
  ]);
  if (percentFormatted) results.formatCells(2, 6, 1, 1, '0.00%');
  return spreadsheet;
}

function reportChartOf(spreadsheet: FakeSpreadsheet): ChartModel | null {
  const report = buildReport(readReportInput(spreadsheet, NOW));
  for (const section of report.sections)
    for (const block of section.blocks) if (block.kind === 'chart') return block.chart;
  return null;
}

describe('the dashboard chart: shares with their number formats', () => {
  it.each([
    [false, 0.9],
    [true, 89],
  ])(
    'percent-formatted %s: 0,89 is drawn as %s, «1,75» typed as 1,8 (one decimal), as in the справка',
    (formatted, drawn) => {
      const spreadsheet = workbook(formatted);
      const chart = readDashboard(createFakeContext(spreadsheet, NOW)).shareChart;
      if (chart.state !== 'ready') throw new Error(chart.state);
      expect(chart.series.at(-1)!.values).toEqual([drawn, 1.8]);
      expect(chart).toEqual({ state: 'ready', ...shareChartDto(reportChartOf(spreadsheet)!) });
    },
  );

  it('costs no read of its own: the formats come with the range the ШНОР part read', () => {
    const spreadsheet = workbook(false);
    spreadsheet.calls.reset();
    readDashboard(createFakeContext(spreadsheet, NOW));
    expect(spreadsheet.calls.count('Range.getNumberFormats')).toBe(1);
  });
});
