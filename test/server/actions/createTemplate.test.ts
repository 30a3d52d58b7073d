import { describe, expect, it } from 'vitest';
import { menuLabels } from '../../../src/core/messages/menu';
import { TEMPLATE_SHEETS } from '../../../src/core/template/templateSheets';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { createFakeContext } from '../../fakes/fakeContext';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';
import { PRODUCT_SHEET_NAMES } from '../../productContract';

describe('«Создать листы шаблона»', () => {
  it('adds every sheet of PRODUCT.md §2 with its header row, frozen, and example rows in an empty workbook', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('Лист1');
    const context = createFakeContext(workbook);

    const result = createTemplate(context);

    expect(result.ok).toBe(true);
    for (const name of PRODUCT_SHEET_NAMES) {
      expect(workbook.hasSheet(name), name).toBe(true);
    }
    const roadmap = workbook.sheet('Дорожная карта');
    expect(roadmap.values()[0]).toEqual([
      '№',
      'Мероприятие',
      'Срок',
      'Ответственный',
      'Отчётный документ',
      'Планируемый результат',
      'Выполнено',
      'Дата выполнения',
      'Ссылка на документ',
      'Срок (дата)',
      'Статус',
      'Замечания',
      'Комментарий куратора',
      'Решение куратора',
    ]);
    expect(roadmap.frozenRows).toBe(1);
    expect(roadmap.values().length).toBeGreaterThan(2);
    expect(
      workbook
        .sheet('Настройки')
        .values()
        .map((r) => r[0]),
    ).toContain('Порог низкого результата, %');
    expect(workbook.toasts.at(-1)).toContain('Созданы листы');
  });

  it('sets checkboxes, drop-down lists and date formats on the data rows, no percent format on the share', () => {
    const workbook = new FakeSpreadsheet();
    createTemplate(createFakeContext(workbook));
    const formats = workbook.sheet('Дорожная карта').formats;
    expect(formats).toContainEqual({ a1: 'G2:G1000', kind: 'validation', value: { kind: 'checkbox' } });
    expect(formats).toContainEqual({ a1: 'H2:H1000', kind: 'numberFormat', value: 'dd.MM.yyyy' });
    expect(formats).toContainEqual({
      a1: 'N2:N1000',
      kind: 'validation',
      value: { kind: 'list', values: ['Принято', 'На доработку'] },
    });
    // `Доля «2», %` stays unformatted (PRODUCT.md §2): a typed 34 is 34 %, not 3400 %.
    const results = workbook.sheet('Результаты ОП');
    expect(results.formats.filter((f) => f.a1.startsWith('F') && f.kind === 'numberFormat')).toEqual([]);
    expect(results.readNumberFormats(2, 6, 1, 1)).toEqual([['General']]);
  });

  it('never touches an existing sheet and adds no examples to a workbook with data', () => {
    const workbook = new FakeSpreadsheet();
    const results = workbook.addSheet('Результаты ОП', [['Моя шапка'], ['моя строка']]);
    createTemplate(createFakeContext(workbook));
    expect(results.values()).toEqual([['Моя шапка'], ['моя строка']]);
    expect(results.formats).toEqual([]);
    expect(workbook.sheet('Дорожная карта').values()).toHaveLength(1);
  });

  it('keeps a plain text format on `Срок`, so «Март 2024» is not turned into a date', () => {
    const workbook = new FakeSpreadsheet();
    createTemplate(createFakeContext(workbook));
    expect(workbook.sheet('Дорожная карта').formats).toContainEqual({
      a1: 'C2:C1000',
      kind: 'numberFormat',
      value: '@',
    });
    const thresholds = workbook.sheet('Пороги рисков').formats.filter((f) => f.kind === 'numberFormat');
    expect(thresholds).toEqual([]);
  });

  it('does not create a sheet that exists under another case, which Sheets would refuse', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet('настройки', [['Параметр', 'Значение']]);
    const result = createTemplate(createFakeContext(workbook));
    expect(result.ok).toBe(true);
    expect(workbook.sheetNames().filter((n) => n.toLowerCase() === 'настройки')).toEqual(['настройки']);
  });

  it('changes nothing when run twice', () => {
    const workbook = new FakeSpreadsheet();
    const context = createFakeContext(workbook);
    createTemplate(context);
    const before = workbook.sheets.map((s) => [s.getNameUncounted(), s.values()]);
    const result = createTemplate(context);
    expect(workbook.sheets.map((s) => [s.getNameUncounted(), s.values()])).toEqual(before);
    expect(result.message).toContain('Все листы шаблона уже есть');
    expect(TEMPLATE_SHEETS.length).toBe(workbook.sheets.length);
    expect(menuLabels.createTemplate).toBe('Создать листы шаблона');
  });
});
