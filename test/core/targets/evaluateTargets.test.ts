import { describe, expect, it } from 'vitest';
import { Journal } from '../../../src/core/journal/journal';
import { targetStatuses as s } from '../../../src/core/messages/roadmap';
import type { NumberFormats } from '../../../src/core/numbers/shareScale';
import { locateTable } from '../../../src/core/table/locateTable';
import { evaluateTargets, type TargetKey } from '../../../src/core/targets/evaluateTargets';
import { TARGETS_SHEET } from '../../../src/core/template/sheets';

const HEADERS = TARGETS_SHEET.columns.map((c) => c.header);

// Seed 001_…, «Основные целевые показатели на 2024 год» (Текущее 2023 → План 2024), with facts.
const SEED_TARGETS = [
  ['Доля обучающихся с рисками учебной неуспешности', '%', '22%', '20%', '21%', ''],
  [
    'Доля обучающихся с промежуточными низкими образовательными результатами, подтвердивших свои оценки',
    '%',
    '12%',
    '4%',
    '4%',
    '',
  ],
  ['Доля обучающихся, посещающих занятия «Говорим по-русски»', '%', '20%', '100%', '', ''],
  ['Доля педагогов, повысивших методический уровень', '%', '32%', '100 %', '30%', ''],
  [
    'Доля учителей, испытывающих неуверенность и трудность при работе со слабоуспевающими и неуспевающими обучающимися, в т.ч. с ОВЗ',
    '%',
    '44 %',
    '10%',
    '20%',
    '',
  ],
  [
    'Доля обучающихся с рисками учебной неуспешности, для которых разработаны индивидуальные образовательные маршруты',
    '%',
    '30%',
    '100%',
    '30%',
    '',
  ],
  [
    'Доля обучающихся с учебной неуспешностью, охваченных индивидуальным психолого-педагогическим сопровождением',
    '%',
    '60%',
    '100%',
    '80%',
    '',
  ],
];

function evaluate(
  rows: unknown[][],
  journal = new Journal(),
  formats: NumberFormats<TargetKey> | null = null,
) {
  const located = locateTable([HEADERS, ...(rows as string[][])], TARGETS_SHEET);
  if (!located.found) throw new Error('headers not found');
  return evaluateTargets(located.table, journal, formats);
}

describe('evaluateTargets on the seed table', () => {
  it('reproduces PRODUCT.md §6 and gives each of the seven targets its status', () => {
    const result = evaluate(SEED_TARGETS);
    expect(result.rows.map((r) => r.status)).toEqual([
      s.progress,
      s.achieved,
      s.noData,
      s.worse,
      s.progress,
      s.noProgress,
      s.progress,
    ]);
    expect(result.rows[4]!.progress).toBeCloseTo(0.706, 3);
    expect(result.summary).toEqual({
      total: 7,
      achieved: 1,
      progress: 3,
      noProgress: 1,
      worse: 1,
      noData: 1,
    });
  });

  it('reads «22%», «0,22» and 22 as the same share', () => {
    const result = evaluate([
      ['Доля А', '%', '44%', 0.1, '20', ''],
      ['Доля Б', '', 44, '10 %', 0.2, ''],
      ['Доля В', '', '0,44', '0,1', '0,2', ''],
    ]);
    for (const row of result.rows) expect(row.progress).toBeCloseTo(0.7059, 4);
  });

  it('keeps plain numbers plain (a mean mark, an index) and honours `Лучше, когда`', () => {
    const result = evaluate([
      ['Средняя оценка ОГЭ', 'балл', '3,2', '3,4', '3,3', ''],
      ['ИОР', '', '0,400', '0,438', '0,438', 'больше'],
      ['Учебная нагрузка, ставок', 'ставка', '1,8', '1,5', '1,9', ''],
    ]);
    expect(result.rows.map((r) => r.status)).toEqual([s.progress, s.achieved, s.worse]);
    expect(result.rows[0]!.progress).toBeCloseTo(0.5, 9);
  });

  it('journals unreadable values and contradicting directions; leaves rows without a name alone', () => {
    const journal = new Journal();
    const result = evaluate(
      [
        ['', '', '2023 год', '2024 год', '', ''],
        ['Доля А', '%', 'н/д', '20%', '10%', ''],
        ['Доля Б', '%', '20%', '10%', '15%', 'больше'],
        ['Доля В', '%', '20%', '30%', '25%', 'повыше'],
      ],
      journal,
    );
    expect(result.rows.map((r) => r.kind)).toEqual(['heading', 'target', 'target', 'target']);
    expect(journal.entries.map((e) => [e.row, e.column])).toEqual([
      [3, 'Базовое значение'],
      [4, 'Лучше, когда'],
      [5, 'Лучше, когда'],
    ]);
    expect(result.rows[1]!.status).toBe(s.noData);
  });
});

describe('plans as the documents write them (seed 001_…, PRODUCT.md §6)', () => {
  it.each<[string, unknown[], string, number | null]>([
    // Seed 001_…: «Повышение ИОР … (с 0,400 до 0,438 и выше)»
    ['0,438 и выше', ['ИОР', '', '0,400', '0,438 и выше', '0,420', ''], s.progress, 0.438],
    // «Повышение ОУ (от 98% до 99% и выше)»
    ['99% и выше', ['ОУ', '%', '98%', '99% и выше', '99,5%', ''], s.achieved, 0.99],
    // «средняя оценка не ниже 3,80 (4кл)»
    [
      'не ниже 3,80',
      ['Средняя оценка ВПР, 4 кл.', 'балл', '3,60', 'не ниже 3,80', '3,70', ''],
      s.progress,
      3.8,
    ],
    ['не менее 95 %', ['Доля выполнивших', '%', '90 %', 'не менее 95 %', '96 %', ''], s.achieved, 0.95],
    ['не более 10 %', ['Доля неуспевающих', '%', '44 %', 'не более 10 %', '20 %', ''], s.progress, 0.1],
    ['до 10 %', ['Доля неуспевающих', '%', '44 %', 'до 10 %', '8 %', ''], s.achieved, 0.1],
  ])('«%s» is the number with its direction', (_plan, row, status, plan) => {
    const journal = new Journal();
    const result = evaluate([row], journal);
    expect(journal.entries).toEqual([]);
    expect(result.rows[0]!.plan).toBeCloseTo(plan!, 12);
    expect(result.rows[0]!.status).toBe(status);
  });

  it('the words give the direction when `Лучше, когда` is blank, and `Лучше, когда` wins when given', () => {
    // A plan equal to the base: only the words tell which way is better.
    const result = evaluate([
      ['Средняя оценка', 'балл', '3,80', 'не ниже 3,80', '3,70', ''],
      ['Доля неуспевающих', '%', '10 %', 'не более 10 %', '12 %', ''],
      ['Доля неуспевающих', '%', '10 %', 'не более 10 %', '8 %', ''],
      ['Средняя оценка', 'балл', '3,80', 'не ниже 3,80', '3,70', 'меньше'],
      ['Доля неуспевающих', '%', '10 %', 'до 10 %', '12 %', ''],
    ]);
    expect(result.rows.map((r) => r.status)).toEqual([s.worse, s.worse, s.achieved, s.achieved, s.worse]);
  });

  it('«до 100 %» of a rise (seed 001_…: «Увеличение доли … (до 100%)») follows the base, not a cap', () => {
    const result = evaluate([['Доля посещающих «Говорим по-русски»', '%', '20%', 'до 100%', '20%', '']]);
    expect(result.rows[0]!.status).toBe(s.noProgress);
  });
});

describe('target shares with their number formats', () => {
  it('a plain number beside «%» is percent points, a percent-formatted cell a fraction', () => {
    const rows = [
      ['Доля А', '%', 44, 10, 20, ''],
      ['Доля Б', '%', 0.44, 0.1, 0.2, ''],
    ];
    const formats = {
      base: ['General', '0%'],
      plan: ['General', '0%'],
      fact: ['General', '0%'],
    };
    const result = evaluate(rows, new Journal(), formats);
    expect(result.rows.map((r) => r.base)).toEqual([0.44, 0.44]);
    for (const row of result.rows) expect(row.progress).toBeCloseTo(0.7059, 4);
    // Unformatted 0,44 / 0,1 / 0,2 are points: 0,44 % → 0,1 %, the same progress, other numbers.
    const plain = evaluate([rows[1]!], new Journal(), {
      base: ['General'],
      plan: ['General'],
      fact: ['General'],
    });
    expect(plain.rows[0]!.base).toBeCloseTo(0.0044, 12);
  });
});
