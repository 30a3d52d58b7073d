import { describe, expect, it } from 'vitest';
import { locateTable } from '../../../src/core/table/locateTable';
import { RESULTS_SHEET, ROADMAP_SHEET, TARGETS_SHEET } from '../../../src/core/template/sheets';

describe('locateTable finds columns by header text, not position', () => {
  it('finds a header row below title rows and reads rows by key with their sheet row numbers', () => {
    const grid = [
      ['Результаты оценочных процедур', '', '', '', ''],
      ['Озёрский муниципальный округ', '', '', '', ''],
      ['', '', '', '', ''],
      ['ГОД', 'оценочная процедура', 'Школа', 'Получили "2"', 'Количество участников'],
      [2024, 'ОГЭ математика', 'МБОУ СОШ № 2', 9, 28],
      ['', '', '', '', ''],
      [2023, 'ВПР математика 5 класс', 'МБОУ ООШ № 8', 12, 35],
    ];
    const located = locateTable(grid, RESULTS_SHEET);
    if (!located.found) throw new Error('not found');
    const { table } = located;
    expect(table.headerRowNumber).toBe(4);
    expect(table.columnIndex).toMatchObject({ year: 0, procedure: 1, school: 2, failed: 3, participants: 4 });
    expect(table.columnIndex.share).toBeUndefined();
    expect(
      table.rows.map((r) => [r.rowNumber, r.blank, r.cells.school, r.cells.participants, r.cells.share]),
    ).toEqual([
      [5, false, 'МБОУ СОШ № 2', 28, ''],
      [6, true, '', '', ''],
      [7, false, 'МБОУ ООШ № 8', 35, ''],
    ]);
  });

  it('matches headers with line breaks, «ё», a trailing unit and the aliases of the seed documents', () => {
    const grid = [
      [
        '№ п/п',
        'Мероприятия',
        'Сроки\nреализации',
        'Ответственный исполнитель',
        'Вид отчетного документа',
        'Статус',
      ],
      ['1.', 'Встреча куратора', 'До 13.03.2024', 'Директор', 'Протокол', 'Просрочено'],
    ];
    const located = locateTable(grid, ROADMAP_SHEET);
    expect(located.found).toBe(true);
    if (!located.found) return;
    expect(located.table.columnIndex).toMatchObject({
      number: 0,
      measure: 1,
      deadline: 2,
      responsible: 3,
      reportDocument: 4,
      status: 5,
    });

    const targets = locateTable(
      [['Показатель', 'Базовое значение, %', 'ПЛАН', 'Факт', 'Прогресс, %']],
      TARGETS_SHEET,
    );
    expect(targets.found && targets.table.columnIndex).toMatchObject({
      indicator: 0,
      base: 1,
      plan: 2,
      fact: 3,
      progress: 4,
    });
  });

  it('names the required headers it could not find', () => {
    const located = locateTable([['Школа', 'Процедура', 'Участников']], RESULTS_SHEET);
    expect(located).toEqual({ found: false, missingHeaders: ['Год'], unrecognisedHeaders: [] });
  });

  it('says what the likeliest header row holds instead (seed 002’s roadmap pasted as it is)', () => {
    const located = locateTable(
      [
        ['Таблица 1'],
        ['Направления работы', 'Формы работы', 'Место проведения', 'Срок'],
        [
          'Реализация профилактических мероприятий',
          'Заседание рабочей группы',
          'МБОУ СОШ №43',
          'Декабрь 2023г.',
        ],
      ],
      ROADMAP_SHEET,
    );
    expect(located).toEqual({
      found: false,
      missingHeaders: ['Мероприятие'],
      unrecognisedHeaders: ['Направления работы', 'Формы работы', 'Место проведения'],
    });
  });

  it('does not look for a header row below the first ten rows', () => {
    const grid = [...Array.from({ length: 10 }, () => ['']), ['Школа', 'Год', 'Процедура']];
    expect(locateTable(grid, RESULTS_SHEET).found).toBe(false);
  });
});
