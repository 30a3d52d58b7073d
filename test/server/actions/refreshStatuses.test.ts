import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { toInstant } from '../../../src/core/dates/calendarDate';
import {
  roadmapMessages as m,
  measureStatuses as ms,
  targetStatuses as ts,
} from '../../../src/core/messages/roadmap';
import { TARGETS_SHEET } from '../../../src/core/template/sheets';
import { refreshStatuses } from '../../../src/server/actions/refreshStatuses';
import { type MeasureCells, roadmapGrid } from '../../core/roadmap/roadmapTable';
import { createFakeContext } from '../../fakes/fakeContext';
import {
  type FakeConditionalRule,
  FakeSpreadsheet,
  fakeConditionalRuleBuilder,
} from '../../fakes/fakeSpreadsheet';

const ZONE = 'Europe/Moscow';
const day = (d: number, mo: number, y: number): Date => toInstant({ year: y, month: mo, day: d }, ZONE);

function settingsRows(reportDate: CellValue = '20.11.2024'): CellValue[][] {
  return [
    ['Параметр', 'Значение'],
    ['Дата отчёта', reportDate],
    ['Начало программы', '01.01.2024'],
    ['Окончание программы', '31.01.2025'],
    ['Дней до срока', 14],
  ];
}

const MEASURES: MeasureCells[] = [
  { measure: 'Региональный и муниципальный уровни' },
  {
    number: '1',
    measure: 'Рабочая встреча',
    deadline: 'До 13.03.2024',
    done: true,
    doneDate: day(12, 3, 2024),
    documentLink: 'https://docs.example/1',
  },
  { number: '2', measure: 'Перспективный план', deadline: 'Январь, сентябрь, 2024' },
  {
    number: '3',
    measure: 'Отчёт',
    deadline: 'Ноябрь,2024',
    done: true,
    curatorDecision: 'На доработку',
    curatorComment: '\'=HYPERLINK("http://x")',
  },
  { number: '4', measure: 'Консультирование', deadline: 'В течение года' },
  { number: '5', measure: 'Участие в проекте', deadline: 'По плану' },
];

const TARGETS: CellValue[][] = [
  TARGETS_SHEET.columns.map((c) => c.header),
  ['Доля учителей, испытывающих неуверенность…', '%', '44 %', '10%', '20%', '', '', ''],
  ['Доля обучающихся с рисками учебной неуспешности', '%', '22%', '20%', '', '', '', ''],
];

function workbook(measures: MeasureCells[] = MEASURES, timeZone = ZONE): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet('Школа', undefined, timeZone);
  spreadsheet.addSheet('Настройки', settingsRows());
  spreadsheet.addSheet('Дорожная карта', roadmapGrid(measures));
  spreadsheet.addSheet('Целевые показатели', TARGETS);
  return spreadsheet;
}

const column = (rows: CellValue[][], header: string): CellValue[] => {
  const index = rows[0]!.indexOf(header);
  return rows.slice(1).map((r) => r[index]!);
};

describe('«Обновить статусы»', () => {
  it('writes `Срок (дата)`, `Статус` and `Замечания` as of `Дата отчёта`, leaving headings alone', () => {
    const spreadsheet = workbook();
    const result = refreshStatuses(createFakeContext(spreadsheet));
    expect(result.ok).toBe(true);
    const rows = spreadsheet.sheet('Дорожная карта').values();
    expect(column(rows, 'Статус')).toEqual(['', ms.done, ms.overdue, ms.done, ms.inProgress, ms.noDeadline]);
    expect(column(rows, 'Срок (дата)')).toEqual([
      '',
      day(13, 3, 2024),
      day(30, 9, 2024),
      day(30, 11, 2024),
      day(31, 12, 2024),
      '',
    ]);
    const remarks = column(rows, 'Замечания');
    expect(remarks[0]).toBe('');
    expect(remarks[3]).toBe(`${m.remarkSentBackWithComment('=HYPERLINK("http://x")')}; ${m.remarkNoLink}`);
    expect(spreadsheet.sheet('Дорожная карта').formulas()).toEqual({});
  });

  it('never writes an input column', () => {
    const spreadsheet = workbook();
    const before = spreadsheet.sheet('Дорожная карта').values();
    refreshStatuses(createFakeContext(spreadsheet));
    const after = spreadsheet.sheet('Дорожная карта').values();
    const outputs = new Set(['Срок (дата)', 'Статус', 'Замечания']);
    before[0]!.forEach((header, i) => {
      if (outputs.has(String(header))) return;
      expect(
        after.map((r) => r[i]),
        String(header),
      ).toEqual(before.map((r) => r[i]));
    });
  });

  it('writes target progress and status; the seed example is 70.6 %, «Есть прогресс»', () => {
    const spreadsheet = workbook();
    refreshStatuses(createFakeContext(spreadsheet));
    const rows = spreadsheet.sheet('Целевые показатели').values();
    expect(column(rows, 'Статус')).toEqual([ts.progress, ts.noData]);
    expect(column(rows, 'Прогресс, %')[0] as number).toBeCloseTo(0.706, 3);
    expect(column(rows, 'Прогресс, %')[1]).toBe('');
  });

  it('says what it did in the toast', () => {
    const spreadsheet = workbook();
    refreshStatuses(createFakeContext(spreadsheet));
    expect(spreadsheet.toasts.at(-1)).toBe(
      `${m.summary(2, 5, 1, 0, 1)}${m.targetsSummary(0, 2)}, замечаний нет`,
    );
  });

  it('is idempotent: a second run changes nothing and writes nothing', () => {
    const spreadsheet = workbook();
    const context = createFakeContext(spreadsheet);
    refreshStatuses(context);
    const first = spreadsheet.sheet('Дорожная карта').values();
    const rules = spreadsheet.sheet('Дорожная карта').conditionalRules.length;
    spreadsheet.calls.reset();
    refreshStatuses(context);
    expect(spreadsheet.sheet('Дорожная карта').values()).toEqual(first);
    expect(spreadsheet.sheet('Дорожная карта').conditionalRules).toHaveLength(rules);
    expect(spreadsheet.calls.count('Range.setValues')).toBe(0);
    expect(spreadsheet.calls.count('Sheet.setConditionalFormatRules')).toBe(0);
  });

  it('reads each sheet once and writes each output block once: calls do not grow with rows', () => {
    const calls = (count: number): number => {
      const measures = Array.from({ length: count }, (_, i) => ({
        number: String(i + 1),
        measure: `Мероприятие ${i + 1}`,
        deadline: ['Март 2024', 'Ноябрь,2024', 'январь/февраль 2025 год', 'По плану'][i % 4],
        done: i % 3 === 0,
      }));
      const spreadsheet = workbook(measures);
      refreshStatuses(createFakeContext(spreadsheet));
      expect(spreadsheet.calls.count('Range.getValues')).toBe(3);
      expect(spreadsheet.calls.count('Range.setValues')).toBe(2);
      return spreadsheet.calls.total;
    };
    expect(calls(2000)).toBe(calls(20));
  });

  it('colours statuses with its own rules, keeps the user’s and replaces its own when the table grows', () => {
    const spreadsheet = workbook();
    const context = createFakeContext(spreadsheet);
    const sheet = spreadsheet.sheet('Дорожная карта');
    const userRule = fakeConditionalRuleBuilder().whenTextEqualTo('Срочно').setBackground('#ff00ff').build();
    sheet.conditionalRules = [userRule];
    refreshStatuses(context);
    const rules = (): FakeConditionalRule[] => sheet.conditionalRules as unknown as FakeConditionalRule[];
    const own = rules().filter((r) => r.whenTextEqualTo !== 'Срочно');
    expect(own.map((r) => r.whenTextEqualTo).sort()).toEqual(Object.values(ms).sort());
    expect(own.every((r) => r.ranges.length === 1 && r.ranges[0] === 'K2:K7')).toBe(true);
    expect(rules()).toContain(userRule);

    spreadsheet
      .sheet('Дорожная карта')
      .load(roadmapGrid([...MEASURES, { measure: 'Новое', deadline: 'Декабрь 2024' }]));
    refreshStatuses(context);
    expect(rules()).toHaveLength(Object.values(ms).length + 1);
    expect(rules()).toContain(userRule);
    expect(rules().filter((r) => r.whenTextEqualTo === ms.overdue)[0]!.ranges).toEqual(['K2:K8']);
    const targetRules = spreadsheet.sheet('Целевые показатели')
      .conditionalRules as unknown as FakeConditionalRule[];
    expect(targetRules.map((r) => r.whenTextEqualTo).sort()).toEqual(Object.values(ts).sort());
  });

  it('a blank `Дата отчёта` means today in the spreadsheet’s time zone', () => {
    const measures: MeasureCells[] = [{ measure: 'Отчёт', deadline: '20.11.2024' }];
    // 23:30 in Moscow on 20.11 is already 21.11 in Yekaterinburg: the measure is overdue there.
    const now = new Date('2024-11-20T23:30:00+03:00');
    for (const [zone, expected] of [
      ['Europe/Moscow', ms.dueSoon],
      ['Asia/Yekaterinburg', ms.overdue],
    ] as const) {
      const spreadsheet = workbook(measures, zone);
      spreadsheet.sheet('Настройки').load(settingsRows(''));
      refreshStatuses(createFakeContext(spreadsheet, now));
      expect(column(spreadsheet.sheet('Дорожная карта').values(), 'Статус'), zone).toEqual([expected]);
    }
  });

  it('journals a missing sheet and still refreshes the other', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Настройки', settingsRows());
    spreadsheet.addSheet('Целевые показатели', TARGETS);
    const result = refreshStatuses(createFakeContext(spreadsheet));
    expect(result.ok).toBe(true);
    expect(result.journalCount).toBe(1);
    expect(spreadsheet.sheet('Журнал проверки').values()[1]!.slice(0, 2)).toEqual([
      'Обновить статусы',
      'Дорожная карта',
    ]);
    expect(column(spreadsheet.sheet('Целевые показатели').values(), 'Статус')).toEqual([
      ts.progress,
      ts.noData,
    ]);
    expect(spreadsheet.toasts.at(-1)).toContain(m.noRoadmap);
  });

  it('journals «Настройки» whose headers are gone instead of silently ignoring `Дата отчёта`', () => {
    const spreadsheet = workbook();
    spreadsheet.sheet('Настройки').load(settingsRows().slice(1));
    refreshStatuses(createFakeContext(spreadsheet));
    const journal = spreadsheet.sheet('Журнал проверки').values();
    expect(journal.filter((row) => row[1] === 'Настройки').map((row) => row[5])).toEqual([
      'Не найдены заголовки: «Параметр», «Значение»',
    ]);
  });

  it('journals an unreadable deadline with its row and skips nothing else', () => {
    const spreadsheet = workbook([...MEASURES, { measure: 'Кривой срок', deadline: '31.02.2024' }]);
    const result = refreshStatuses(createFakeContext(spreadsheet));
    expect(result.journalCount).toBe(1);
    const journal = spreadsheet.sheet('Журнал проверки').values();
    expect(journal[1]!.slice(0, 5)).toEqual(['Обновить статусы', 'Дорожная карта', 8, 'Срок', '31.02.2024']);
    expect(column(spreadsheet.sheet('Дорожная карта').values(), 'Статус')[6]).toBe(ms.noDeadline);
  });
});

describe('«Обновить статусы» on a table the user pasted', () => {
  it('gives `Срок (дата)` its date format and `Прогресс, %` its percent format once, with the colours', () => {
    const spreadsheet = workbook();
    const context = createFakeContext(spreadsheet);
    refreshStatuses(context);
    const formatsOf = (name: string) =>
      spreadsheet
        .sheet(name)
        .formats.filter((f) => f.kind === 'numberFormat')
        .map((f) => f.value);
    expect(formatsOf('Дорожная карта')).toEqual(['dd.MM.yyyy']);
    expect(formatsOf('Целевые показатели')).toEqual(['0.0%']);
    refreshStatuses(context);
    expect(formatsOf('Дорожная карта')).toHaveLength(1);
  });
});
