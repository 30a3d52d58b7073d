// The справка reads «Целевые показатели» as «Обновить статусы» does (PRODUCT.md §2, §6): a plain
// number beside «%» is percent points, a percent-formatted one a fraction. A share below 1 % —
// «не более 1 %» of pupils below the minimum, 0,5 reached — is «Достигнут» in both, never
// «Ухудшение» in the справка because 0,5 was taken for 50 %.
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../../../src/core/report/reportFacts';
import { TARGETS_SHEET } from '../../../src/core/template/sheets';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { readReportInput } from '../../../src/server/report/reportInput';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const NOW = new Date('2024-11-20T09:00:00+03:00');

describe('the справка’s targets: shares with their number formats', () => {
  it('gives each target the status «Обновить статусы» writes', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('Лист1', [['заметки']]);
    const context = createFakeContext(workbook, NOW);
    createTemplate(context);
    const sheet = workbook.sheet(TARGETS_SHEET.name);
    sheet.load([
      sheet.values()[0]!,
      ['Доля обучающихся, не преодолевших минимальный порог', '%', 2, 'не более 1 %', 0.5, ''],
      ['Доля учителей, испытывающих трудности', '%', 0.44, 0.1, 0.2, ''],
      ['Повышение ОУ', '%', '98%', '99% и выше', 0.99, ''],
    ]);
    // The second row typed as 44 %, 10 %, 20 % in percent-formatted cells; the third's fact too.
    sheet.formatCells(3, 3, 1, 3, '0%');
    sheet.formatCells(4, 5, 1, 1, '0%');
    refreshStatuses(context);
    const headers = sheet.values()[0]!;
    const written = sheet
      .values()
      .slice(1, 4)
      .map((r) => r[headers.indexOf('Статус')]);
    expect(written).toEqual(['Достигнут', 'Есть прогресс', 'Достигнут']);
    const facts = reportFacts(readReportInput(workbook, NOW));
    const statuses = facts.targets?.evaluation.rows.filter((r) => r.kind === 'target').map((r) => r.status);
    expect(statuses).toEqual(written);
  });
});
