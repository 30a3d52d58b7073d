import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import {
  CLUSTER_TREND,
  MEAN_MARK,
  QUALITY_RATE,
  SHNOR_IDENTIFY,
  SHNOR_LOW,
  SOU,
  SUCCESS_RATE,
} from '../../../src/server/functions/identification';

describe('SHNOR_LOW', () => {
  it.each<[CellValue, CellValue | undefined, CellValue | undefined, CellValue]>([
    [12, 35, undefined, true],
    [3, 10, undefined, true], // exactly 30 %
    [2, 10, undefined, false],
    ['12', '35', undefined, true],
    [0.34, undefined, undefined, true],
    [34, undefined, undefined, true],
    ['34 %', undefined, undefined, true],
    ['34,5%', undefined, undefined, true],
    [0.29, undefined, undefined, false],
    [0.34, 35, undefined, true], // a fraction with participants is still a share
    [12, 35, 0.35, false],
    [12, 35, 34, true],
    ['', 35, undefined, ''],
    [0, 0, undefined, ''],
  ])('SHNOR_LOW(%j; %j; %j) = %j', (failed, participants, threshold, expected) => {
    expect(SHNOR_LOW(failed, participants, threshold)).toBe(expected);
  });

  it('takes ranges and returns the same shape', () => {
    expect(
      SHNOR_LOW(
        [
          [12, 2],
          ['', 9],
        ],
        [
          [35, 10],
          [20, 28],
        ],
      ),
    ).toEqual([
      [true, false],
      ['', true],
    ]);
    expect(SHNOR_LOW([[0.3], [35], [''], [0.1]])).toEqual([[true], [true], [''], [false]]);
  });

  it.each<[CellValue, CellValue | undefined, CellValue | undefined, string]>([
    ['н/д', undefined, undefined, 'не число и не доля'],
    [40, 35, undefined, 'больше, чем участников'],
    [5, -35, undefined, 'не целое неотрицательное'],
    [5, 35, 'треть', 'Порог'],
  ])('explains a bad argument: SHNOR_LOW(%j; %j; %j)', (failed, participants, threshold, message) => {
    expect(() => SHNOR_LOW(failed, participants, threshold)).toThrow(message);
  });

  it('refuses ranges of different sizes', () => {
    expect(() => SHNOR_LOW([[1], [2]], [[10]])).toThrow('одного размера');
  });

  it('gives "" for a count of «2» whose participants cell in the range is blank, as the menu action skips it', () => {
    // 40 and 9 are counts of pupils here, not 40 % and 9 %: without participants there is no share.
    expect(SHNOR_LOW([[12], [40], [9], [0.34], ['31 %']], [[35], [''], [''], [''], ['']])).toEqual([
      [true],
      [''],
      [''],
      [true],
      [true],
    ]);
  });

  it.each<[CellValue, string]>([
    [150, 'больше 100 %'],
    ['120 %', 'больше 100 %'],
    [-0.3, 'отрицательн'],
  ])('says what is wrong with the share %j', (share, message) => {
    expect(() => SHNOR_LOW(share)).toThrow(message);
  });
});

const RESULTS: CellValue[][] = [
  ['Отчёт ИМЦ за 2024 год', '', '', '', '', ''],
  ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %'],
  ['МБОУ СОШ № 6', 2023, 'ВПР математика 5 класс', 35, 12, ''],
  ['МБОУ СОШ №6', '2023-2024', 'ВПР математика 5 класс', 30, 10, ''],
  ['МБОУ СОШ № 7', 2024, 'ОГЭ математика', 28, 9, ''],
  ['МБОУ СОШ № 7', 2024, 'ОГЭ русский язык', '', '', '31 %'],
  ['МБОУ СОШ № 19', 2023, 'ОГЭ математика', 30, 10, ''],
  ['МБОУ СОШ № 19', 2024, 'ЕГЭ русский язык', 20, 6, ''],
  ['МБОУ СОШ № 23', 2024, 'ОГЭ математика', 30, 1, ''],
  ['МБОУ СОШ № 23', 2024, 'ОГЭ биология', 30, 20, ''], // not one of the nine: skipped
];

describe('SHNOR_IDENTIFY', () => {
  it('returns Школа, ШНОР, Критерий, Пояснение with a header row, flagged first', () => {
    expect(SHNOR_IDENTIFY(RESULTS)).toEqual([
      ['Школа', 'ШНОР', 'Критерий', 'Пояснение'],
      [
        'МБОУ СОШ № 6',
        'Да',
        '2',
        'ВПР математика 5 кл. 2023: 34 % (12 из 35); ВПР математика 5 кл. 2024: 33 % (10 из 30)',
      ],
      ['МБОУ СОШ № 7', 'Да', '1', 'ОГЭ математика 2024: 32 % (9 из 28); ОГЭ русский язык 2024: 31 %'],
      [
        'МБОУ СОШ № 19',
        'Да',
        '2',
        'ОГЭ математика 2023: 33 % (10 из 30); ЕГЭ русский язык 2024: 30 % (6 из 20)',
      ],
      ['МБОУ СОШ № 23', 'Нет', '', 'Низких результатов в 2023–2024 гг. нет'],
    ]);
  });

  it('applies the year, the threshold and the same-procedure switch', () => {
    const flagged = (rows: CellValue[][]) =>
      rows
        .slice(1)
        .filter((r) => r[1] === 'Да')
        .map((r) => r[0]);
    expect(flagged(SHNOR_IDENTIFY(RESULTS, 2024, 0.3, true))).toEqual(['МБОУ СОШ № 6', 'МБОУ СОШ № 7']);
    // At 32 %: СОШ № 7 keeps one low procedure (9 of 28), СОШ № 19 none in 2024 (6 of 20).
    expect(flagged(SHNOR_IDENTIFY(RESULTS, 2024, '32 %', 'Нет'))).toEqual(['МБОУ СОШ № 6']);
    expect(flagged(SHNOR_IDENTIFY(RESULTS, 2023))).toEqual([]);
  });

  it('keeps §9’s rule for shares (a formula sees values, not formats): up to 1 a fraction, above 1 points', () => {
    const rows: CellValue[][] = [
      ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»', 'Доля «2», %'],
      ['МБОУ СОШ № 2', 2024, 'ОГЭ математика', '', '', 0.34], // what a percent-formatted 34 % holds
      ['МБОУ СОШ № 2', 2024, 'ОГЭ русский язык', '', '', 34],
      ['МБОУ СОШ № 3', 2024, 'ОГЭ математика', '', '', '0,89 %'],
      ['МБОУ СОШ № 3', 2024, 'ОГЭ русский язык', '', '', '12 %'],
    ];
    const table = SHNOR_IDENTIFY(rows) as CellValue[][];
    expect(table.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['МБОУ СОШ № 2', 'Да'],
      ['МБОУ СОШ № 3', 'Нет'],
    ]);
  });

  it('agrees with the menu action on the same rows', async () => {
    const { identifyFromGrids } = await import('../../../src/core/identification/identify');
    const { Journal } = await import('../../../src/core/journal/journal');
    const { DEFAULT_SETTINGS } = await import('../../../src/core/settings/settings');
    const core = identifyFromGrids(RESULTS, null, DEFAULT_SETTINGS, new Journal());
    expect(SHNOR_IDENTIFY(RESULTS).slice(1)).toEqual(
      core.schools.map((s) => [s.school, s.isLowResult ? 'Да' : 'Нет', s.criterion, s.explanation]),
    );
  });

  it.each<
    [
      CellValue | CellValue[][],
      CellValue | CellValue[][] | undefined,
      CellValue | undefined,
      CellValue | undefined,
      string,
    ]
  >([
    [[['Школа', 'Год']], undefined, undefined, undefined, '«Процедура»'],
    ['МБОУ СОШ № 2', undefined, undefined, undefined, 'строкой заголовков'],
    [RESULTS, 'прошлый', undefined, undefined, 'Год'],
    [RESULTS, 2024, 'много', undefined, 'Порог'],
    [RESULTS, 2024, 0.3, 'может быть', 'ИСТИНА/ЛОЖЬ'],
    [RESULTS, [[2023], [2024]], undefined, undefined, 'одно значение'],
    [RESULTS.map((r) => r.slice(0, 4)), undefined, undefined, undefined, '«Получили «2»» или «Доля «2», %»'],
  ])('explains a bad argument %#', (results, year, threshold, same, message) => {
    expect(() => SHNOR_IDENTIFY(results, year, threshold, same)).toThrow(message);
  });
});

describe('SUCCESS_RATE, QUALITY_RATE, SOU, MEAN_MARK', () => {
  it('computes the rates of one class', () => {
    expect(SUCCESS_RATE(5, 8, 9, 2, 1)).toBeCloseTo(0.88, 12);
    expect(QUALITY_RATE(5, 8, 9, 2, 1)).toBeCloseTo(0.52, 12);
    expect(SOU(5, 8, 9, 2, 1)).toBeCloseTo((5 + 8 * 0.64 + 9 * 0.36 + 2 * 0.16 + 0.07) / 25, 12);
    expect(MEAN_MARK(5, 8, 9, 2)).toBeCloseTo(88 / 24, 12);
    expect(SUCCESS_RATE(5, 8, 9, 2)).toBeCloseTo(22 / 24, 12);
  });

  it('computes row by row over ranges, blank rows staying blank', () => {
    const col = (...values: CellValue[]) => values.map((v) => [v]);
    const result = QUALITY_RATE(col(5, '', '2'), col(5, '', 0), col(0, '', 2), col(0, '', '0'));
    expect(result).toEqual([[1], [''], [0.5]]);
  });

  it('explains a count that is not a number of pupils', () => {
    expect(() => SUCCESS_RATE(5, 'н/д', 3, 1)).toThrow('n4');
    expect(() => MEAN_MARK(5, 4, 3, -1)).toThrow('n2');
  });
});

describe('CLUSTER_TREND', () => {
  it.each([
    ['сильно неуспевающие', 'умеренно неуспевающие', 'положительная'],
    ['базово неуспевающие', '', 'положительная'],
    ['базово неуспевающие', 'сильно неуспевающие', 'отрицательная'],
    ['Умеренно неуспевающие', 'умеренно неуспевающие', 'нейтральная'],
    ['', '', ''],
  ])('CLUSTER_TREND(%j; %j) = %j', (from, to, trend) => {
    expect(CLUSTER_TREND(from, to)).toBe(trend);
  });

  it('takes ranges and explains an unknown cluster', () => {
    expect(CLUSTER_TREND([['сильно'], ['базово']], [['базово'], ['базово']])).toEqual([
      ['положительная'],
      ['нейтральная'],
    ]);
    expect(() => CLUSTER_TREND('лучшие', '')).toThrow('не распознан');
  });
});
