import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { riskMessages as m } from '../../../src/core/messages/risk';
import { riskThresholdTemplateRows } from '../../../src/core/template/riskThresholdRows';
import {
  RISK_PROFILE_SHEET,
  RISK_SUMMARY_SHEET,
  RISK_THRESHOLDS_SHEET,
} from '../../../src/core/template/sheets';
import { assessRiskProfile } from '../../../src/server/actions/assessRiskProfile';
import { createTemplate } from '../../../src/server/actions/createTemplate';
import { createFakeContext } from '../../fakes/fakeContext';
import { type FakeConditionalRule, FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const PROFILE = RISK_PROFILE_SHEET.name;
const SUMMARY = RISK_SUMMARY_SHEET.name;
const THRESHOLDS = RISK_THRESHOLDS_SHEET.name;
const JOURNAL = 'Журнал проверки';
const FAILURE = 'Высокая доля обучающихся с рисками учебной неуспешности';
const HIGH_TEXT = 'Риск проявляется часто и достаточно выражен';
const PROFILE_HEADERS = RISK_PROFILE_SHEET.columns.map((c) => c.header);
const THRESHOLD_HEADERS = RISK_THRESHOLDS_SHEET.columns.map((c) => c.header);

function workbookWith(
  profileRows: CellValue[][],
  thresholds: CellValue[][] | null = riskThresholdTemplateRows(),
) {
  const workbook = new FakeSpreadsheet();
  workbook.addSheet(PROFILE, [PROFILE_HEADERS, ...profileRows]);
  if (thresholds) workbook.addSheet(THRESHOLDS, [THRESHOLD_HEADERS, ...thresholds]);
  return workbook;
}

const inputColumns = (rows: CellValue[][]) => rows.map((row) => row.slice(0, 5));

describe('«Оценить рисковый профиль»', () => {
  it('on a new workbook scores the seed’s risk map from the template: every row «высокий»', () => {
    const workbook = new FakeSpreadsheet();
    const context = createFakeContext(workbook);
    createTemplate(context);

    const result = assessRiskProfile(context);

    expect(result.ok).toBe(true);
    const rows = workbook.sheet(PROFILE).values();
    expect(rows.slice(1).map((row) => row.slice(5, 7))).toEqual([
      ['высокий', HIGH_TEXT],
      ['высокий', HIGH_TEXT],
      ['высокий', HIGH_TEXT],
      ['высокий', HIGH_TEXT],
    ]);
    const summary = workbook.sheet(SUMMARY).values();
    expect(summary[0]).toEqual(RISK_SUMMARY_SHEET.columns.map((c) => c.header));
    expect(summary[0]![1]).toContain('оценка школы');
    expect(summary).toHaveLength(11);
    expect(summary[8]).toEqual([FAILURE, 'высокий', '', 4, 0, 'Да', HIGH_TEXT]);
    expect(result.message).toBe(`${m.assessed(4, 1, 0, false)}, замечаний нет`);
    expect(workbook.toasts.at(-1)).toBe(result.message);
  });

  it('writes only `Уровень риска` and `Вывод`: the official level and every input stay as typed', () => {
    const profile: CellValue[][] = [
      ['Кадровый дефицит', 'Доля вакантных ставок педагогических работников', '6 %', '%', 'высокий'],
      ['', 'Доля учителей пенсионного возраста', 0.1, '%', ''],
      [FAILURE, 'Доля обучающихся с ОВЗ', 'около трети', '%', 'средний'],
    ];
    const workbook = workbookWith(profile);
    const before = inputColumns(workbook.sheet(PROFILE).values());

    assessRiskProfile(createFakeContext(workbook));

    const after = workbook.sheet(PROFILE).values();
    expect(inputColumns(after)).toEqual(before);
    expect(after.slice(1).map((row) => row[5])).toEqual(['средний', 'низкий', '']);
    expect(after[3]![6]).toBe(m.conclusionBadValue);
    const summary = workbook.sheet(SUMMARY).values();
    expect(summary[2]).toEqual([
      'Дефицит педагогических кадров',
      'средний',
      'высокий',
      2,
      0,
      'Да',
      'Риск проявляется эпизодически',
    ]);
    expect(summary[8]!.slice(1, 6)).toEqual(['', 'средний', 0, 0, 'Нет']);
    const journal = workbook.sheet(JOURNAL).values();
    expect(journal.slice(1).map((row) => row.slice(0, 6))).toEqual([
      ['Оценить рисковый профиль', PROFILE, 4, 'Результат', 'около трети', m.valueNotNumber],
    ]);
  });

  it('running it twice changes nothing', () => {
    const workbook = workbookWith([
      [FAILURE, 'Доля обучающихся с ОВЗ', 30, '%', ''],
      ['', 'Доля обучающихся, сменивших школу', 12, '%', ''],
    ]);
    const context = createFakeContext(workbook);
    assessRiskProfile(context);
    const first = [PROFILE, SUMMARY, JOURNAL].map((name) => workbook.sheet(name).values());
    assessRiskProfile(context);
    const second = [PROFILE, SUMMARY, JOURNAL].map((name) => workbook.sheet(name).values());
    expect(second).toEqual(first);
    expect(workbook.sheet(JOURNAL).values()).toHaveLength(2);
  });

  it('reads and writes in a fixed number of batched calls, whatever the number of rows', () => {
    // Every seventh result is unreadable, so the journal grows with the sheet too.
    const row = (i: number): CellValue[] => [
      i === 0 ? FAILURE : '',
      i % 2 ? 'Доля обучающихся с ОВЗ' : 'Доля обучающихся с рисками учебной неуспешности',
      i % 7 === 1 ? 'н/д' : i % 2 ? 12 : 25,
      '%',
      '',
    ];
    const counts = [10, 600].map((n) => {
      const workbook = workbookWith(Array.from({ length: n }, (_, i) => row(i)));
      const context = createFakeContext(workbook);
      assessRiskProfile(context);
      const firstRun = workbook.calls.total;
      // The second run is the everyday one: the colour rules of the layout are already there.
      workbook.calls.reset();
      assessRiskProfile(context);
      return {
        firstRun,
        total: workbook.calls.total,
        getValues: workbook.calls.count('Range.getValues'),
        setValues: workbook.calls.count('Range.setValues'),
      };
    });
    expect(counts[1]).toEqual(counts[0]);
    // Profile, thresholds, «Рисковый профиль — итог» (the writer keeps its user columns), the journal.
    expect(counts[0]!.getValues).toBe(4);
    expect(counts[0]!.setValues).toBe(3); // the two output columns as one block, the summary, the journal
    expect(counts[0]!.total).toBeLessThanOrEqual(30);
  });

  it('takes a threshold edited on «Пороги рисков»', () => {
    const profile: CellValue[][] = [[FAILURE, 'Доля обучающихся с ОВЗ', 30, '%', '']];
    const edited = riskThresholdTemplateRows().map((row) =>
      row[1] === 'Доля обучающихся с ограниченными возможностями здоровья'
        ? [...row.slice(0, 4), 40, 60]
        : row,
    );
    const workbook = workbookWith(profile, edited);
    assessRiskProfile(createFakeContext(workbook));
    expect(workbook.sheet(PROFILE).values()[1]!.slice(5)).toEqual(['низкий', 'Риск не выражен']);
  });

  it('falls back to the built-in thresholds without «Пороги рисков» and says so in the journal and the toast', () => {
    const workbook = workbookWith([[FAILURE, 'Доля обучающихся с ОВЗ', 30, '%', '']], null);
    const result = assessRiskProfile(createFakeContext(workbook));
    expect(workbook.sheet(PROFILE).values()[1]![5]).toBe('высокий');
    expect(
      workbook.sheet(JOURNAL).values()[1]!.slice(1, 2).concat(workbook.sheet(JOURNAL).values()[1]![5]!),
    ).toEqual([THRESHOLDS, m.thresholdsMissing]);
    expect(result.message).toContain('пороги встроенные');
  });

  it('finds the table below title rows, with its columns in another order', () => {
    const workbook = new FakeSpreadsheet();
    workbook.addSheet(PROFILE, [
      ['Карта рискового профиля МБОУ СОШ № 2'],
      [],
      ['Параметры анализа', 'Факторы риска', 'Ед. измерения', 'Результат', 'Вывод', 'Уровень риска'],
      ['Доля обучающихся с ОВЗ', FAILURE, '%', 12, '', ''],
    ]);
    workbook.addSheet(THRESHOLDS, [THRESHOLD_HEADERS, ...riskThresholdTemplateRows()]);
    assessRiskProfile(createFakeContext(workbook));
    expect(workbook.sheet(PROFILE).values()[3]).toEqual([
      'Доля обучающихся с ОВЗ',
      FAILURE,
      '%',
      12,
      'Риск не выражен',
      'низкий',
    ]);
  });

  it('without the «Рисковый профиль» sheet writes nothing but the journal and says what to do', () => {
    const workbook = new FakeSpreadsheet();
    const result = assessRiskProfile(createFakeContext(workbook));
    expect(result.ok).toBe(true);
    expect(result.message).toContain(m.profileMissingSummary);
    expect(workbook.sheetNames()).toEqual([JOURNAL]);
    expect(workbook.sheet(JOURNAL).values()[1]!.slice(1, 2)).toEqual([PROFILE]);
  });
});

describe('«Оценить рисковый профиль» colours the levels', () => {
  it('puts one colour rule per level on `Уровень риска`, keeping the word in the cell', () => {
    const workbook = new FakeSpreadsheet();
    createTemplate(createFakeContext(workbook));
    const context = createFakeContext(workbook);
    assessRiskProfile(context);
    const rules = workbook.sheet('Рисковый профиль').conditionalRules as unknown as FakeConditionalRule[];
    expect(rules.map((r) => r.whenTextEqualTo)).toEqual(['низкий', 'средний', 'высокий']);
    expect(new Set(rules.map((r) => r.ranges.join()))).toEqual(new Set(['F2:F5']));
    expect(workbook.sheet('Рисковый профиль').values()[1]?.[5]).toBe('высокий');
  });
});
