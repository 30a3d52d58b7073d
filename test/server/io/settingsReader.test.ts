import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { Journal } from '../../../src/core/journal/journal';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { readSettings } from '../../../src/server/io/settingsReader';
import { roadmapGrid } from '../../core/roadmap/roadmapTable';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

describe('readSettings', () => {
  it('finds «Настройки» typed «настройки » and reads the approval stamp', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('НАСТРОЙКИ', [
      ['Параметр', 'Значение'],
      ['Утверждает: должность', 'Директор'],
      ['Утверждает: ФИО', 'И. И. Иванова'],
    ]);
    const settings = readSettings(spreadsheet, 'Europe/Moscow', new Journal());
    expect(settings).toMatchObject({ approverPosition: 'Директор', approverName: 'И. И. Иванова' });
  });

  it('«Создать листы шаблона» lists `Утверждает: должность` and `Утверждает: ФИО`, blank', () => {
    const spreadsheet = new FakeSpreadsheet();
    createTemplate(createFakeContext(spreadsheet));
    const rows = spreadsheet.sheet('Настройки').values();
    expect(rows.filter((r) => String(r[0]).startsWith('Утверждает'))).toEqual([
      ['Утверждает: должность', ''],
      ['Утверждает: ФИО', ''],
    ]);
  });
});

describe('a doubtful setting is a remark the toast counts', () => {
  it('«Обновить статусы» with a report date given twice and 10⁹ participants: two remarks', () => {
    const settings: CellValue[][] = [
      ['Параметр', 'Значение'],
      ['Дата отчёта', '20.11.2024'],
      ['Минимум участников', 1e9],
      ['Начало программы', '01.01.2024'],
      ['Окончание программы', '31.12.2025'],
      ['Дата отчёта', '01.12.2024'],
    ];
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', settings);
    spreadsheet.addSheet(
      'Дорожная карта',
      roadmapGrid([{ number: '1', measure: 'Встреча', deadline: 'Март 2024' }]),
    );
    spreadsheet.addSheet('Целевые показатели', [['Показатель', 'Базовое значение', 'План', 'Факт']]);
    const context = createFakeContext(spreadsheet, new Date('2024-02-01T09:00:00Z'));
    const result = refreshStatuses(context);
    expect(result.message).toContain('замечаний: 2');
    const journal = spreadsheet.sheet('Журнал проверки').values().slice(1);
    expect(journal.map((r) => [r[1], r[2]])).toEqual([
      ['Настройки', 6],
      ['Настройки', 3],
    ]);
    // The report date is today (the default), not either value typed: the measure is not overdue.
    expect(result.message).toContain('просрочено: 0');
    // Settings are the user's: nothing there is rewritten.
    expect(spreadsheet.sheet('Настройки').values()).toEqual(settings);
  });
});
