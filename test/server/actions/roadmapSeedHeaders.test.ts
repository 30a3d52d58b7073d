import { describe, expect, it } from 'vitest';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

// Seed 002_…'s table 1 pasted as it is onto «Дорожная карта» (PRODUCT.md §6).
describe('«Обновить статусы» on a roadmap pasted with the seed’s own headers', () => {
  it('reads «Формы профилактических мероприятий» / «Дата проведения» and writes the statuses beside them', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('Настройки', [
      ['Параметр', 'Значение'],
      ['Дата отчёта', '20.12.2024'],
      ['Начало программы', '01.01.2021'],
      ['Окончание программы', '31.12.2024'],
    ]);
    const roadmap = workbook.addSheet('Дорожная карта', [
      [
        'Направления Профилактической работы',
        'Формы профилактических мероприятий',
        'Место проведения',
        'Дата проведения',
      ],
      [
        'Реализация профилактических мероприятий',
        'Заседание рабочей группы',
        'МБОУ СОШ №43',
        'Декабрь 2023г. Ноябрь 2024г.',
      ],
      ['', 'Консультирование', 'МКУ МО Северский район «ИМЦ»', 'В течение года'],
    ]);
    const result = refreshStatuses(createFakeContext(workbook));
    expect(result.ok).toBe(true);
    expect(workbook.toasts.at(-1)).not.toContain('нет листа');
    const values = roadmap.values();
    const status = values[0]!.indexOf('Статус');
    expect(status).toBeGreaterThan(3);
    expect(values.slice(1).map((r) => r[status])).toEqual(['Просрочено', 'Срок истекает']);
    // The pasted columns are the user's: untouched.
    expect(values.map((r) => r.slice(0, 4))[2]).toEqual([
      '',
      'Консультирование',
      'МКУ МО Северский район «ИМЦ»',
      'В течение года',
    ]);
  });
});
