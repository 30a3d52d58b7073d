import { describe, expect, it } from 'vitest';
import { Journal } from '../../../src/core/journal/journal';
import { targetStatuses as s } from '../../../src/core/messages/roadmap';
import { locateTable } from '../../../src/core/table/locateTable';
import { evaluateTargets } from '../../../src/core/targets/evaluateTargets';
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

function evaluate(rows: unknown[][], journal = new Journal()) {
  const located = locateTable([HEADERS, ...(rows as string[][])], TARGETS_SHEET);
  if (!located.found) throw new Error('headers not found');
  return evaluateTargets(located.table, journal);
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
