import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/core/dates/calendarDate';
import { Journal } from '../../../src/core/journal/journal';
import { roadmapMessages as m, measureStatuses as s } from '../../../src/core/messages/roadmap';
import { evaluateRoadmap } from '../../../src/core/roadmap/evaluateRoadmap';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { locateTable } from '../../../src/core/table/locateTable';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { type MeasureCells, roadmapGrid } from './roadmapTable';

const zone = 'Europe/Moscow';
const today = { year: 2024, month: 11, day: 20 };
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  programStart: { year: 2024, month: 1, day: 1 },
  programEnd: { year: 2025, month: 1, day: 31 },
};
const day = (d: number, mo: number, y: number): Date => toInstant({ year: y, month: mo, day: d }, zone);

function evaluate(rows: MeasureCells[], journal = new Journal(), withSettings = settings) {
  const located = locateTable(roadmapGrid(rows), ROADMAP_SHEET);
  if (!located.found) throw new Error('headers not found');
  return evaluateRoadmap(located.table, withSettings, today, journal, zone);
}

describe('evaluateRoadmap', () => {
  it('leaves section headings and blank rows alone and counts only measures', () => {
    const result = evaluate([
      { measure: 'Региональный и муниципальный уровни' },
      { number: '1.', measure: 'Участие в региональном Проекте', deadline: 'январь 2024\n-декабрь 2024' },
      { number: '1. Мероприятия для педагогов по снижению рисков учебной неуспешности обучающихся' },
      {},
      {
        number: '2',
        measure: 'Методсовет',
        deadline: 'Март 2024',
        done: true,
        documentLink: 'https://example.org/protokol',
      },
    ]);
    expect(result.rows.map((r) => r.kind)).toEqual(['heading', 'measure', 'heading', 'blank', 'measure']);
    expect(result.rows.map((r) => r.status)).toEqual([null, s.inProgress, null, null, s.done]);
    expect(result.summary).toMatchObject({ total: 2, done: 1, doneShare: 0.5, overdue: 0 });
  });

  it('flags what a curator would flag in `Замечания`', () => {
    const journal = new Journal();
    const result = evaluate(
      [
        { measure: 'Без ссылки', deadline: 'Март 2024', done: true, doneDate: day(1, 3, 2024) },
        {
          measure: 'Дата в будущем',
          deadline: 'Декабрь 2024',
          done: true,
          doneDate: day(1, 12, 2024),
          documentLink: 'ссылка',
        },
        { measure: 'Дата без флажка', deadline: 'Декабрь 2024', doneDate: day(10, 11, 2024) },
        {
          measure: 'Возвращено',
          deadline: 'Октябрь 2024',
          done: true,
          documentLink: 'ссылка',
          curatorDecision: 'На доработку',
          curatorComment: 'Нет протокола',
        },
        { measure: 'По плану', deadline: 'по плану' },
      ],
      journal,
    );
    expect(result.rows.map((r) => r.remarks)).toEqual([
      [m.remarkNoLink],
      [m.remarkFutureDoneDate('01.12.2024')],
      [m.remarkDateWithoutCheckbox],
      [m.remarkSentBackWithComment('Нет протокола')],
      [m.remarkNoDeadline('срок «по плану» не содержит даты')],
    ]);
    expect(result.summary).toMatchObject({ total: 5, done: 3, sentBack: 1, noDeadline: 1, inProgress: 1 });
    // An undated plan is a normal plan, not a data error.
    expect(journal.size).toBe(0);
  });

  it('computes statuses as of the report date', () => {
    const result = evaluate([
      { measure: 'Просрочено', deadline: 'До 13.03.2024' },
      { measure: 'Истекает', deadline: 'Ноябрь, 2024' },
      {
        measure: 'С опозданием',
        deadline: 'Март 2024',
        done: true,
        doneDate: '02.04.2024',
        documentLink: 'ссылка',
      },
    ]);
    expect(result.rows.map((r) => r.status)).toEqual([s.overdue, s.dueSoon, s.doneLate]);
    expect(result.summary).toMatchObject({ overdue: 1, dueSoon: 1, done: 1 });
  });

  it('«В течение года» recurs each programme year: seed 002_…’s 2021–2024 plan in December 2024', () => {
    const programme: Settings = {
      ...DEFAULT_SETTINGS,
      programStart: { year: 2021, month: 1, day: 1 },
      programEnd: { year: 2024, month: 12, day: 31 },
    };
    // Seed 002_…, table 1: «Консультирование», «Разработка ИОМ» — «В течение года».
    const rows: MeasureCells[] = [
      { measure: 'Консультирование', deadline: 'В течение года' },
      { measure: 'Разработка ИОМ', deadline: 'В течение года' },
    ];
    const located = locateTable(roadmapGrid(rows), ROADMAP_SHEET);
    if (!located.found) throw new Error('headers not found');
    const december = evaluateRoadmap(
      located.table,
      programme,
      { year: 2024, month: 12, day: 20 },
      new Journal(),
      zone,
    );
    expect(december.rows.map((r) => r.due)).toEqual([
      { year: 2024, month: 12, day: 31 },
      { year: 2024, month: 12, day: 31 },
    ]);
    expect(december.rows.map((r) => r.status)).toEqual([s.dueSoon, s.dueSoon]);
    // `Дата отчёта` in «Настройки» wins over today, as everywhere.
    const asOf2022 = evaluateRoadmap(
      located.table,
      { ...programme, reportDate: { year: 2022, month: 3, day: 1 } },
      { year: 2022, month: 3, day: 1 },
      new Journal(),
      zone,
    );
    expect(asOf2022.rows[0]!.due).toEqual({ year: 2022, month: 12, day: 31 });
    expect(asOf2022.rows[0]!.status).toBe(s.inProgress);
  });

  it('journals an unreadable cell with the fix and still evaluates the row', () => {
    const journal = new Journal();
    const result = evaluate(
      [
        { measure: 'Непонятный срок', deadline: 'когда-нибудь' },
        { measure: 'Несуществующая дата', deadline: '31.02.2024' },
        { measure: 'Непонятная отметка', deadline: 'Март 2024', done: 'может быть' },
        {
          measure: 'Кривая дата выполнения',
          deadline: 'Март 2024',
          done: true,
          doneDate: 'вчера',
          documentLink: 'x',
        },
      ],
      journal,
    );
    expect(journal.entries.map((e) => [e.row, e.column])).toEqual([
      [2, 'Срок'],
      [3, 'Срок'],
      [4, 'Выполнено'],
      [5, 'Дата выполнения'],
    ]);
    expect(journal.entries[0]!.fix).toBe(m.deadlineFix);
    expect(result.rows.map((r) => r.status)).toEqual([s.noDeadline, s.noDeadline, s.overdue, s.done]);
  });

  it('asks for the programme period when a yearless deadline needs it', () => {
    const journal = new Journal();
    const result = evaluate([{ measure: 'Весь период', deadline: 'Весь период' }], journal, DEFAULT_SETTINGS);
    expect(result.rows[0]!.status).toBe(s.noDeadline);
    expect(journal.entries[0]!.fix).toBe(m.settingsFix);
  });

  it('flags a deadline before the programme starts, as the seed’s «Июнь 2023» in a 2024 plan', () => {
    const result = evaluate([
      { number: '1', measure: 'Интенсив-диагностика', deadline: 'Июнь 2023' },
      { number: '2', measure: 'Методсовет', deadline: 'Март 2024' },
    ]);
    expect(result.rows.map((r) => r.remarks)).toEqual([[m.remarkBeforeProgramme('01.01.2024')], []]);
  });
});
