import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { Journal } from '../../../src/core/journal/journal';
import { riskMessages as m } from '../../../src/core/messages/risk';
import {
  assessRiskProfile,
  assessRiskProfileGrids,
  type RiskProfileAssessment,
} from '../../../src/core/risk/assessRiskProfile';
import { BUILT_IN_CATALOGUE } from '../../../src/core/risk/riskCatalogue';
import type { RiskFactorId } from '../../../src/core/risk/riskFactors';
import { highRiskCount, riskMapOf, riskSummaryRows } from '../../../src/core/risk/riskMap';
import { locateTable } from '../../../src/core/table/locateTable';
import { RISK_PROFILE_SHEET, RISK_THRESHOLDS_SHEET } from '../../../src/core/template/sheets';

const HEADERS = RISK_PROFILE_SHEET.columns.map((c) => c.header);
const FAILURE = 'Высокая доля обучающихся с рисками учебной неуспешности';
const HIGH_TEXT = 'Риск проявляется часто и достаточно выражен';

function assess(rows: CellValue[][], journal = new Journal()): RiskProfileAssessment {
  const located = locateTable([HEADERS, ...rows], RISK_PROFILE_SHEET);
  if (!located.found) throw new Error('headers');
  return assessRiskProfile(located.table, BUILT_IN_CATALOGUE, journal);
}

const factorOf = (a: RiskProfileAssessment, id: RiskFactorId) => a.factors.find((f) => f.factor.id === id)!;

// The «Карта рискового профиля» of seed 001_… §2.3 as it was pasted: the direction once, with
// line breaks and double spaces, the last parameter repeated.
const SEED_ROWS: CellValue[][] = [
  [
    '         Высокая доля обучающихся \nс рисками учебной  неуспешности',
    'Доля обучающихся с ограниченными возможностями здоровья',
    30,
    '%',
    '',
  ],
  [
    '',
    'Доля обучающихся, для которых русский язык не  является родным или языком повседневного общения.',
    31,
    '%',
    '',
  ],
  [
    '',
    'Доля обучающихся, не подтверждающих внутренние оценки по результатам внешнего оценивания',
    32,
    '%',
    '',
  ],
  [
    '',
    'Доля обучающихся, которым учителя рекомендуют дополнительные занятия с целью ликвидации отставания от учебной программы  ',
    38,
    '%',
    '',
  ],
  [
    '',
    'Доля обучающихся, не подтверждающих внутренние оценки по результатам внешнего оценивания',
    32,
    '%',
    '',
  ],
];

describe('assessRiskProfile on the seed’s risk map', () => {
  it('makes every seed row «высокий» with the documents’ conclusion, as the school itself concluded', () => {
    const journal = new Journal();
    const result = assess(SEED_ROWS, journal);
    expect(journal.entries).toEqual([]);
    expect(result.rows.map((r) => [r.rowNumber, r.level, r.conclusion])).toEqual([
      [2, 'высокий', HIGH_TEXT],
      [3, 'высокий', HIGH_TEXT],
      [4, 'высокий', HIGH_TEXT],
      [5, 'высокий', HIGH_TEXT],
      [6, 'высокий', HIGH_TEXT],
    ]);
    const failure = factorOf(result, 'failureRisk');
    expect(failure).toMatchObject({
      localLevel: 'высокий',
      officialLevel: null,
      indicatorsCounted: 4,
      indicatorsWithoutThreshold: 0,
      priority: true,
      conclusion: HIGH_TEXT,
    });
    expect(
      result.factors.filter((f) => f.factor.id !== 'failureRisk').every((f) => f.localLevel === null),
    ).toBe(true);
    expect(highRiskCount(result)).toBe(1);
  });

  it.each([[30], ['30 %'], ['30,0'], [0.3], ['0,3']])(
    'reads the share %j of «Доля обучающихся с ОВЗ» as 30 %: «высокий»',
    (value) => {
      const result = assess([[FAILURE, 'Доля обучающихся с ОВЗ', value, '%', '']]);
      expect(result.rows[0]!.level).toBe('высокий');
    },
  );

  it('reads 29,5 % as «средний» and 0.14 as «низкий» for the same parameter', () => {
    const result = assess([
      [FAILURE, 'Доля обучающихся с ОВЗ', '29,5', '%', ''],
      ['', 'Доля обучающихся с ОВЗ', 0.14, '', ''],
    ]);
    expect(result.rows.map((r) => r.level)).toEqual(['средний', 'низкий']);
  });
});

describe('the roll-up and both sources of a direction', () => {
  it('rolls a direction up by the documented rule and keeps the official level beside it', () => {
    const result = assess([
      ['Кадровый дефицит', 'Доля вакантных ставок педагогических работников', 6, '%', 'высокий'],
      ['', 'Доля учителей пенсионного возраста', 10, '%', ''],
      ['Низкий уровень оснащения школы', '', '', '', 'средний'],
      ['', 'Доля учебных кабинетов, оснащённых компьютером, проектором и выходом в интернет', 70, '%', ''],
      ['', 'Скорость подключения школы к интернету', 50, 'Мбит/с', ''],
      ['Учебная мотивация', 'Доля обучающихся, участвующих в олимпиадах и конкурсах', 45, '%', ''],
      ['', 'Доля обучающихся, систематически не выполняющих домашние задания', 5, '%', ''],
    ]);
    expect(result.rows.map((r) => r.level)).toEqual([
      'средний',
      'низкий',
      null,
      'средний',
      'средний',
      'низкий',
      'низкий',
    ]);
    expect(factorOf(result, 'staffShortage')).toMatchObject({
      localLevel: 'средний',
      officialLevel: 'высокий',
      priority: true,
      conclusion: 'Риск проявляется эпизодически',
    });
    expect(factorOf(result, 'equipment')).toMatchObject({
      localLevel: 'средний',
      officialLevel: 'средний',
      priority: false,
      indicatorsCounted: 2,
    });
    expect(factorOf(result, 'motivation')).toMatchObject({
      localLevel: 'низкий',
      priority: false,
      conclusion: 'Риск не выражен',
    });
    expect(highRiskCount(result)).toBe(1);
  });

  it('scores a parameter where a smaller value is worse, a threshold itself included', () => {
    const result = assess([
      ['Вовлеченность родителей', 'Доля родителей, посещающих родительские собрания', 40, '%', ''],
      ['', 'Доля родителей, участвующих в школьных мероприятиях', '41 %', '%', ''],
      ['', 'Доля родителей, регулярно просматривающих электронный дневник', 0.7, '%', ''],
    ]);
    expect(result.rows.map((r) => r.level)).toEqual(['высокий', 'низкий', 'средний']);
  });
});

describe('bad and unknown input', () => {
  it('names a parameter without a threshold in the journal with the fix, and counts it', () => {
    const journal = new Journal();
    const result = assess(
      [
        [FAILURE, 'Доля обучающихся, сменивших школу за год', 12, '%', ''],
        ['', 'Доля обучающихся с ОВЗ', 10, '%', ''],
      ],
      journal,
    );
    expect(result.rows[0]).toMatchObject({
      outcome: 'noThreshold',
      level: null,
      conclusion: m.conclusionNoThreshold,
    });
    expect(journal.entries).toEqual([
      {
        sheet: 'Рисковый профиль',
        row: 2,
        column: 'Параметр анализа',
        value: 'Доля обучающихся, сменивших школу за год',
        problem: m.noThreshold,
        fix: m.noThresholdFix,
      },
    ]);
    expect(m.noThresholdFix).toContain('«Пороги рисков»');
    expect(factorOf(result, 'failureRisk')).toMatchObject({
      localLevel: 'низкий',
      indicatorsCounted: 1,
      indicatorsWithoutThreshold: 1,
    });
  });

  it('journals a result that is not a number and goes on with the good rows', () => {
    const journal = new Journal();
    const result = assess(
      [
        [FAILURE, 'Доля обучающихся с ОВЗ', 'около трети', '%', ''],
        ['', 'Доля обучающихся с рисками учебной неуспешности', 22, '%', ''],
      ],
      journal,
    );
    expect(result.rows.map((r) => [r.outcome, r.level])).toEqual([
      ['badValue', null],
      ['scored', 'высокий'],
    ]);
    expect(journal.entries.map((e) => [e.row, e.column, e.value, e.problem])).toEqual([
      [2, 'Результат', 'около трети', m.valueNotNumber],
    ]);
    expect(factorOf(result, 'failureRisk').localLevel).toBe('высокий');
  });

  it('journals an unknown direction, an unknown official level and a share given as a count', () => {
    const journal = new Journal();
    const result = assess(
      [
        ['Прочие риски', 'Доля обучающихся с ОВЗ', 16, '%', 'очень высокий'],
        [FAILURE, 'Доля обучающихся с рисками учебной неуспешности', 40, 'чел.', ''],
      ],
      journal,
    );
    expect(journal.entries.map((e) => [e.row, e.column, e.problem])).toEqual([
      [2, 'Фактор риска', m.unknownFactor],
      [2, 'Уровень ФИОКО', m.officialLevelUnknown],
      [3, 'Ед. измерения', m.unitMismatch('%')],
    ]);
    // The parameter is known, so it still counts for the direction it is filed under.
    expect(result.rows[0]).toMatchObject({ factorId: 'failureRisk', level: 'средний' });
    expect(result.rows[1]).toMatchObject({ outcome: 'unitMismatch', level: null });
    expect(factorOf(result, 'failureRisk')).toMatchObject({ localLevel: 'средний', officialLevel: null });
  });

  it('leaves a parameter without a result unscored and silent, and blank rows blank', () => {
    const journal = new Journal();
    const result = assess(
      [
        [FAILURE, 'Доля обучающихся с ОВЗ', '', '%', ''],
        ['', '', '', '', ''],
      ],
      journal,
    );
    expect(result.rows.map((r) => [r.outcome, r.conclusion])).toEqual([
      ['noData', m.conclusionNoData],
      ['blank', ''],
    ]);
    expect(journal.entries).toEqual([]);
    expect(factorOf(result, 'failureRisk')).toMatchObject({ localLevel: null, conclusion: m.factorNoData });
  });

  it('journals one parameter given twice with different values and lets the worse one show', () => {
    const journal = new Journal();
    const result = assess(
      [
        [FAILURE, 'Доля обучающихся с ОВЗ', 10, '%', ''],
        ['', 'Доля обучающихся с ОВЗ', 31, '%', ''],
      ],
      journal,
    );
    expect(journal.entries.map((e) => [e.row, e.problem])).toEqual([[3, m.duplicateIndicator]]);
    expect(factorOf(result, 'failureRisk')).toMatchObject({ localLevel: 'высокий', indicatorsCounted: 2 });
  });
});

describe('assessRiskProfileGrids: what the sidebar and the curator summary call', () => {
  it('scores with the workbook’s own «Пороги рисков», so an edited threshold takes effect', () => {
    const thresholds = [
      RISK_THRESHOLDS_SHEET.columns.map((c) => c.header),
      [FAILURE, 'Доля обучающихся с ограниченными возможностями здоровья', '%', 'больше', 35, 50],
    ];
    const journal = new Journal();
    const result = assessRiskProfileGrids([HEADERS, ...SEED_ROWS.slice(0, 2)], thresholds, journal)!;
    expect(result.catalogueSource).toBe('sheet');
    expect(result.rows.map((r) => r.level)).toEqual(['низкий', null]);
    expect(journal.entries.map((e) => [e.row, e.problem])).toEqual([[3, m.noThreshold]]);
  });

  it('falls back to the built-in thresholds without «Пороги рисков» and says so', () => {
    const journal = new Journal();
    const result = assessRiskProfileGrids([HEADERS, ...SEED_ROWS], null, journal)!;
    expect(result.catalogueSource).toBe('builtIn');
    expect(factorOf(result, 'failureRisk').localLevel).toBe('высокий');
    expect(journal.entries.map((e) => e.problem)).toEqual([m.thresholdsMissing]);
  });

  it('returns null with a journal entry when the risk map is missing or has no headers', () => {
    const journal = new Journal();
    expect(assessRiskProfileGrids(null, null, journal)).toBeNull();
    expect(assessRiskProfileGrids([['Карта'], ['строка']], null, journal)).toBeNull();
    expect(journal.entries.map((e) => e.sheet)).toEqual(['Рисковый профиль', 'Рисковый профиль']);
  });

  it('gives the dashboard ten tiles and the summary ten rows in FIOKO’s order', () => {
    const result = assessRiskProfileGrids([HEADERS, ...SEED_ROWS], null, new Journal())!;
    const tiles = riskMapOf(result);
    expect(tiles).toHaveLength(10);
    expect(JSON.parse(JSON.stringify(tiles))).toEqual(tiles);
    expect(tiles[7]).toMatchObject({
      shortName: 'Учебная неуспешность',
      localLevel: 'высокий',
      priority: true,
    });
    const rows = riskSummaryRows(result);
    expect(rows).toHaveLength(10);
    expect(rows[7]).toEqual([FAILURE, 'высокий', '', 4, 0, 'Да', HIGH_TEXT]);
    expect(rows[0]).toEqual(['Низкий уровень оснащения школы', '', '', 0, 0, 'Нет', m.factorNoData]);
  });
});
