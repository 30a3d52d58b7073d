import { describe, expect, it } from 'vitest';
import { TARGETS_SHEET } from '../../../src/core/template/sheets';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

// «Обновить статусы» reads `Базовое значение`, `План`, `Факт` with their number formats (§2) and
// plans with their words (§6). Seed 001_…'s rows.
describe('«Обновить статусы»: target values as the documents write them', () => {
  it('reads «99% и выше», «не ниже 3,80» and a percent-formatted «44 %» → «10%»', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('Лист1', [['заметки']]);
    const context = createFakeContext(workbook);
    createTemplate(context);
    const sheet = workbook.sheet(TARGETS_SHEET.name);
    sheet.load([
      sheet.values()[0]!,
      [
        'Доля учителей, испытывающих неуверенность и трудность при работе со слабоуспевающими',
        '%',
        0.44,
        0.1,
        0.2,
        '',
      ],
      ['Повышение ОУ', '%', '98%', '99% и выше', '99%', ''],
      ['Средняя оценка ВПР (4 кл)', 'балл', '3,60', 'не ниже 3,80', '3,50', ''],
    ]);
    sheet.formatCells(2, 3, 1, 3, '0%');
    refreshStatuses(context);
    const rows = sheet.values().slice(1, 4);
    const headers = sheet.values()[0]!;
    const progress = headers.indexOf('Прогресс, %');
    const status = headers.indexOf('Статус');
    expect(rows.map((r) => r[status])).toEqual(['Есть прогресс', 'Достигнут', 'Ухудшение']);
    expect(Number(rows[0]![progress])).toBeCloseTo(0.7059, 4);
    const journal = workbook.sheetNames().includes('Журнал проверки')
      ? workbook.sheet('Журнал проверки').values().slice(1)
      : [];
    expect(journal.filter((r) => r[1] === TARGETS_SHEET.name)).toEqual([]);
  });
});
