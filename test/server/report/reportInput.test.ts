// readReportInput reads each sheet once, and the справка built from it agrees with what the menu
// actions write to the sheets: «Обновить статусы»'s statuses, «Выявить ШНОР»'s «ШНОР по годам».
import { describe, expect, it } from 'vitest';
import { buildMunicipalWorkbook } from '../../../dev/sample/municipalWorkbook';
import { buildSchoolWorkbook } from '../../../dev/sample/schoolWorkbook';
import { measureStatuses as ms } from '../../../src/core/messages/roadmap';
import { buildReport } from '../../../src/core/report/buildReport';
import type { ReportSection } from '../../../src/core/report/documentModel';
import {
  LOW_RESULT_BY_YEAR_SHEET_NAME,
  RESULTS_SHEET,
  ROADMAP_SHEET,
} from '../../../src/core/template/sheets';
import { cellText } from '../../../src/core/text/normalize';
import { identifyLowResultSchools } from '../../../src/server/actions/identifyLowResultSchools';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { readReportInput } from '../../../src/server/report/reportInput';
import { createFakeContext } from '../../fakes/fakeContext';
import { sheetRows } from '../../fakes/fakeSchoolWorkbook';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const NOW = new Date('2024-11-20T09:00:00+03:00');

function section(sections: readonly ReportSection[], id: string): ReportSection {
  return sections.find((s) => s.id === id)!;
}

describe('readReportInput', () => {
  it('reads each sheet present once, with one data-range read', () => {
    const spreadsheet = buildSchoolWorkbook();
    spreadsheet.calls.reset();
    const input = readReportInput(spreadsheet, NOW);
    // Настройки, Результаты ОП, Кластеры, Рисковый профиль, Дорожная карта, Целевые показатели.
    expect(spreadsheet.calls.count('Sheet.getDataRange')).toBe(6);
    expect(spreadsheet.calls.count('Range.getValues')).toBe(6);
    // The formats of `Доля «2», %`, of the risk map's `Результат` and of the targets, as their
    // actions read them.
    expect(spreadsheet.calls.count('Range.getNumberFormats')).toBe(3);
    expect(spreadsheet.calls.countMatching(/\.(set|insert|clear|append)/)).toBe(0);
    expect(input.settings.schoolName).toBe('МБОУ СОШ № 2');
    expect(input.reportDate).toEqual({ year: 2024, month: 11, day: 20 });
    expect(input.sheets.riskThresholds).toBeNull();
    expect(input.sheets.comparison).toBeNull();
  });

  it('takes today in the spreadsheet’s zone when `Дата отчёта` is blank', () => {
    const spreadsheet = buildMunicipalWorkbook();
    const settings = spreadsheet.sheet('Настройки');
    const grid = settings.getDataRange().getValues();
    const row = grid.findIndex((r) => r[0] === 'Дата отчёта');
    settings.getRange(row + 1, 2).setValues([['']]);
    // 21:30 UTC on 31 December is already 1 January in Moscow.
    const input = readReportInput(spreadsheet, new Date('2024-12-31T21:30:00Z'));
    expect(input.reportDate).toEqual({ year: 2025, month: 1, day: 1 });
  });
});

describe('the справка agrees with the sheets the actions write', () => {
  it.each([
    ['formatted as percent: a fraction', '0.00%', '35 %', 'Да'],
    ['not formatted: percent points', 'General', '0,4 %', 'Нет'],
  ])('reads a share typed as 0,35 or 0,004 %s, as «Выявить ШНОР» does', (_case, format, shown, mark) => {
    const spreadsheet = new FakeSpreadsheet('Район');
    spreadsheet.addSheet('Настройки', [
      ['Параметр', 'Значение'],
      ['Муниципалитет', 'Район'],
    ]);
    const share = format === 'General' ? 0.4 : 0.35;
    const sheet = spreadsheet.addSheet(
      RESULTS_SHEET.name,
      sheetRows(
        RESULTS_SHEET,
        [2023, 2024].map((year) => ({ school: 'МБОУ СОШ № 1', year, procedure: 'ОГЭ математика', share })),
      ),
    );
    const shareColumn = RESULTS_SHEET.columns.findIndex((c) => c.key === 'share') + 1;
    sheet.getRange(2, shareColumn, 2, 1).setNumberFormat(format);
    const doc = buildReport(readReportInput(spreadsheet, NOW));
    const table = section(doc.sections, 'results').blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['ОГЭ математика', shown, shown, '0']);
    identifyLowResultSchools(createFakeContext(spreadsheet, NOW));
    const written = spreadsheet.sheet(RESULTS_SHEET.name).getDataRange().getValues();
    const markColumn = RESULTS_SHEET.columns.findIndex((c) => c.key === 'lowResult');
    expect(written.slice(1).map((r) => r[markColumn])).toEqual([mark, mark]);
  });

  it('counts the roadmap as the «Статус» column «Обновить статусы» wrote', () => {
    const spreadsheet = buildSchoolWorkbook();
    expect(refreshStatuses(createFakeContext(spreadsheet, NOW)).ok).toBe(true);
    const grid = spreadsheet.sheet(ROADMAP_SHEET.name).getDataRange().getValues();
    const statusColumn = grid[0]!.indexOf('Статус');
    const statuses = grid.slice(1).map((r) => r[statusColumn]);
    const count = (status: string) => statuses.filter((s) => s === status).length;
    const doc = buildReport(readReportInput(spreadsheet, NOW));
    const sentence = section(doc.sections, 'roadmap').blocks[1];
    expect(sentence?.kind === 'paragraph' && sentence.text).toContain(
      `выполнено в срок — ${count(ms.done)}, выполнено с опозданием — ${count(ms.doneLate)}, просрочено — ${count(ms.overdue)}, срок истекает — ${count(ms.dueSoon)}, в работе — ${count(ms.inProgress)}, срок не определён — ${count(ms.noDeadline)}`,
    );
    expect(count(ms.overdue)).toBeGreaterThan(0);
  });

  it('shows «ШНОР по годам» as «Выявить ШНОР» wrote it', () => {
    const spreadsheet = buildMunicipalWorkbook();
    expect(identifyLowResultSchools(createFakeContext(spreadsheet, NOW)).ok).toBe(true);
    const sheet = spreadsheet.sheet(LOW_RESULT_BY_YEAR_SHEET_NAME).getDataRange().getValues();
    const doc = buildReport(readReportInput(spreadsheet, NOW));
    const table = section(doc.sections, 'identification').blocks.find(
      (b) => b.kind === 'table' && b.header[1] === '2020 год',
    );
    if (table?.kind !== 'table') throw new Error('no «ШНОР по годам» table');
    const written = sheet.map((row) => row.map(cellText)).filter((row) => row.some((c) => c !== ''));
    expect([table.header, ...table.rows]).toEqual(written.map((row) => row.slice(0, table.header.length)));
  });
});
