import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { Journal } from '../../../src/core/journal/journal';
import { riskMessages as m } from '../../../src/core/messages/risk';
import { BUILT_IN_RISK_THRESHOLDS } from '../../../src/core/risk/builtInCatalogue';
import { matchKey } from '../../../src/core/risk/matchKey';
import { BUILT_IN_CATALOGUE, isPercentUnit, loadRiskCatalogue } from '../../../src/core/risk/riskCatalogue';
import { RISK_FACTORS } from '../../../src/core/risk/riskFactors';
import { levelFor } from '../../../src/core/risk/riskLevel';
import { riskThresholdTemplateRows } from '../../../src/core/template/riskThresholdRows';
import { RISK_THRESHOLDS_SHEET } from '../../../src/core/template/sheets';

const HEADERS = RISK_THRESHOLDS_SHEET.columns.map((c) => c.header);
const sheetOf = (...rows: CellValue[][]): CellValue[][] => [HEADERS, ...rows];

describe('the built-in catalogue', () => {
  for (const factor of RISK_FACTORS) {
    describe(factor.name, () => {
      const own = BUILT_IN_RISK_THRESHOLDS.filter((t) => t.factorId === factor.id);

      it('has 2–5 parameters, each with a unit, a direction and thresholds in that direction', () => {
        expect(own.length).toBeGreaterThanOrEqual(2);
        expect(own.length).toBeLessThanOrEqual(5);
        for (const t of own) {
          expect(t.unit, t.indicator).not.toBe('');
          if (t.worseWhen === 'больше') expect(t.highFrom, t.indicator).toBeGreaterThan(t.mediumFrom);
          else expect(t.highFrom, t.indicator).toBeLessThan(t.mediumFrom);
        }
      });

      it('scores each parameter low, medium and high around its thresholds, a threshold itself included', () => {
        for (const t of own) {
          const found = BUILT_IN_CATALOGUE.find(t.indicator, factor.id);
          expect(found, t.indicator).toBe(t);
          const step = t.worseWhen === 'больше' ? -0.5 : 0.5;
          expect(levelFor(t.mediumFrom + step, found!), t.indicator).toBe('низкий');
          expect(levelFor(t.mediumFrom, found!), t.indicator).toBe('средний');
          expect(levelFor(t.highFrom + step, found!), t.indicator).toBe('средний');
          expect(levelFor(t.highFrom, found!), t.indicator).toBe('высокий');
          expect(levelFor(t.highFrom - step, found!), t.indicator).toBe('высокий');
        }
      });
    });
  }

  it('holds every parameter of seed 001_… §2.3 as the seed spells it, under its direction', () => {
    const failureRisk = 'failureRisk';
    for (const text of [
      'Доля обучающихся с ограниченными возможностями здоровья',
      'Доля обучающихся, для которых русский язык не  является родным или языком повседневного общения.',
      'Доля обучающихся, не подтверждающих внутренние оценки по результатам внешнего оценивания',
      'Доля обучающихся, которым учителя рекомендуют дополнительные занятия с целью ликвидации отставания от учебной программы  ',
    ]) {
      expect(BUILT_IN_CATALOGUE.find(text, failureRisk)?.factorId, text).toBe(failureRisk);
    }
  });

  it.each([
    ['Доля обучающихся с ОВЗ', 'Доля обучающихся с ограниченными возможностями здоровья'],
    ['Доля учащихся с ОВЗ.', 'Доля обучающихся с ограниченными возможностями здоровья'],
    [
      'доля обучающихся с ограниченными возможностями здоровья, %',
      'Доля обучающихся с ограниченными возможностями здоровья',
    ],
    ['Доля педагогов пенсионного возраста', 'Доля учителей пенсионного возраста'],
  ])('finds %j as %j', (text, indicator) => {
    expect(BUILT_IN_CATALOGUE.find(text, null)?.indicator).toBe(indicator);
  });

  it('tells apart parameters of one direction (no two share a key)', () => {
    for (const factor of RISK_FACTORS) {
      const keys = BUILT_IN_RISK_THRESHOLDS.filter((t) => t.factorId === factor.id).map((t) =>
        matchKey(t.indicator),
      );
      expect(new Set(keys).size, factor.name).toBe(keys.length);
    }
  });

  it('prefers the entry of the row’s own direction when a parameter is filed under two', () => {
    const text =
      'Доля обучающихся, для которых русский язык не является родным или языком повседневного общения';
    expect(BUILT_IN_CATALOGUE.find(text, 'languageBarriers')?.factorId).toBe('languageBarriers');
    expect(BUILT_IN_CATALOGUE.find(text, 'failureRisk')?.factorId).toBe('failureRisk');
    expect(
      BUILT_IN_CATALOGUE.find('Доля вакантных ставок педагогических работников', 'motivation')?.factorId,
    ).toBe('staffShortage');
  });

  it('is what «Создать листы шаблона» writes into «Пороги рисков», and reads back unchanged', () => {
    const rows = riskThresholdTemplateRows();
    expect(rows).toHaveLength(BUILT_IN_RISK_THRESHOLDS.length);
    expect(rows[0]).toEqual([
      'Низкий уровень оснащения школы',
      BUILT_IN_RISK_THRESHOLDS[0]!.indicator,
      '%',
      'меньше',
      80,
      50,
    ]);
    const journal = new Journal();
    const catalogue = loadRiskCatalogue(sheetOf(...rows), journal);
    expect(journal.entries).toEqual([]);
    expect(catalogue.source).toBe('sheet');
    expect(catalogue.thresholds).toEqual(BUILT_IN_RISK_THRESHOLDS);
  });
});

describe('«Пороги рисков» as the user keeps it', () => {
  it('takes a changed threshold and a new parameter without code', () => {
    const journal = new Journal();
    const catalogue = loadRiskCatalogue(
      sheetOf(
        [
          'Дефицит педагогических кадров',
          'Доля вакантных ставок педагогических работников',
          '%',
          'больше',
          2,
          4,
        ],
        ['', 'Доля учителей, совмещающих две должности', '%', 'больше', 10, 25],
      ),
      journal,
    );
    expect(journal.entries).toEqual([]);
    const vacancies = catalogue.find('Доля вакантных ставок педагогических работников', 'staffShortage')!;
    expect(levelFor(4, vacancies)).toBe('высокий');
    const added = catalogue.find('доля учителей, совмещающих две должности', null)!;
    expect(added.factorId).toBe('staffShortage');
    expect(levelFor(10, added)).toBe('средний');
    // The sheet replaces the built-in catalogue: what the user deleted is gone.
    expect(catalogue.find('Доля учителей пенсионного возраста', null)).toBeNull();
  });

  it('reads percent thresholds typed as fractions or «%» text, and infers a blank direction', () => {
    const journal = new Journal();
    const catalogue = loadRiskCatalogue(
      sheetOf(
        ['Низкая учебная мотивация обучающихся', 'Доля обучающихся без мотивации', '%', '', 0.2, '35 %'],
        ['Низкая учебная мотивация обучающихся', 'Доля обучающихся в кружках', '%', '', 40, 20],
      ),
      journal,
    );
    expect(journal.entries).toEqual([]);
    expect(catalogue.thresholds.map((t) => [t.worseWhen, t.mediumFrom, t.highFrom])).toEqual([
      ['больше', 20, 35],
      ['меньше', 40, 20],
    ]);
  });

  it('reports each bad row with the fix and still uses the good ones', () => {
    const journal = new Journal();
    const catalogue = loadRiskCatalogue(
      [
        ['Пороги рисков на 2024 год'],
        HEADERS,
        ['Дефицит кадров', 'Доля вакансий', '%', 'больше', 'пять', 10],
        ['Дефицит кадров', 'Доля совместителей', '%', 'иногда', 5, 10],
        ['Дефицит кадров', 'Доля учителей старше 60 лет', '%', 'больше', 30, 20],
        ['Дефицит кадров', 'Доля учителей в декрете', '%', 'больше', 5, 10],
        ['', 'Доля учителей в декрете', '%', 'больше', 7, 12],
        ['Прочие риски', 'Число жалоб', 'ед.', 'больше', 2, 5],
        ['', '', '', '', '', ''],
      ],
      journal,
    );
    expect(journal.entries.map((e) => [e.row, e.column, e.problem])).toEqual([
      [3, 'Средний от', m.thresholdNotNumber],
      [4, 'Хуже, когда', m.worseWhenUnknown],
      [5, 'Высокий от', m.thresholdsInverted('больше')],
      [7, 'Параметр анализа', m.thresholdDuplicate],
      [8, 'Фактор риска', m.unknownFactor],
    ]);
    expect(journal.entries.every((e) => e.sheet === 'Пороги рисков' && e.fix !== '')).toBe(true);
    expect(catalogue.thresholds.map((t) => [t.indicator, t.factorId, t.mediumFrom])).toEqual([
      ['Доля учителей в декрете', 'staffShortage', 5],
      ['Число жалоб', null, 2],
    ]);
  });

  it.each([
    ['missing', null, m.thresholdsMissing],
    [
      'without its headers',
      [['Фактор риска'], ['что-то']],
      m.thresholdsHeadersMissing(['Параметр анализа', 'Хуже, когда', 'Средний от', 'Высокий от']),
    ],
    ['empty', [HEADERS], m.thresholdsEmpty],
  ])('falls back to the built-in catalogue when the sheet is %s, and says so', (_case, grid, problem) => {
    const journal = new Journal();
    const catalogue = loadRiskCatalogue(grid as CellValue[][] | null, journal);
    expect(catalogue.source).toBe('builtIn');
    expect(catalogue.thresholds).toBe(BUILT_IN_RISK_THRESHOLDS);
    expect(journal.entries).toHaveLength(1);
    expect(journal.entries[0]).toMatchObject({ sheet: 'Пороги рисков', row: null, problem });
  });
});

describe('isPercentUnit', () => {
  it.each([
    ['%', true],
    [' % ', true],
    ['проц.', true],
    ['процентов', true],
    ['чел.', false],
    ['ед.', false],
    ['', false],
  ])('%j → %j', (unit, expected) => {
    expect(isPercentUnit(unit)).toBe(expected);
  });
});
