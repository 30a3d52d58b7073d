import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../src/core/risk/matchKey';
import { matchRiskFactor, RISK_FACTORS } from '../../../src/core/risk/riskFactors';

describe('FIOKO risk directions', () => {
  it('are the ten official directions of PRODUCT.md §5, in order', () => {
    expect(RISK_FACTORS.map((f) => f.name)).toEqual([
      'Низкий уровень оснащения школы',
      'Дефицит педагогических кадров',
      'Недостаточная предметная и методическая компетентность педагогических работников',
      'Риски низкой адаптивности учебного процесса',
      'Несформированность внутришкольной системы повышения квалификации',
      'Низкое качество преодоления языковых и культурных барьеров',
      'Пониженный уровень качества школьной образовательной и воспитательной среды',
      'Высокая доля обучающихся с рисками учебной неуспешности',
      'Низкий уровень вовлеченности родителей',
      'Низкая учебная мотивация обучающихся',
    ]);
  });

  it('each is found by its own official name, short name and every alias', () => {
    for (const factor of RISK_FACTORS) {
      for (const text of [factor.name, factor.shortName, ...factor.aliases]) {
        expect(matchRiskFactor(text)?.id, text).toBe(factor.id);
      }
    }
  });

  it('lists no alias that matchKey folds into a name already listed', () => {
    for (const factor of RISK_FACTORS) {
      const keys = [factor.name, factor.shortName, ...factor.aliases].map((text) => matchKey(text));
      expect(new Set(keys).size, factor.id).toBe(keys.length);
    }
  });

  // Spellings the aliases once listed and the names' keys already cover.
  it.each([
    ['оснащенность школы', 'equipment'],
    ['компетентность учителей', 'teacherCompetence'],
    ['внутришкольное повышение квалификации', 'schoolTraining'],
    ['языковой барьер', 'languageBarriers'],
    ['вовлечение родителей', 'parentInvolvement'],
    ['вовлеченность родителей', 'parentInvolvement'],
    ['учебная неуспешность', 'failureRisk'],
  ] as const)('%s is %s', (text, id) => {
    expect(matchRiskFactor(text)?.id).toBe(id);
  });

  it.each([
    ['кадровый дефицит', 'staffShortage'],
    ['Кадровый  дефицит', 'staffShortage'],
    ['ДЕФИЦИТ ПЕДАГОГИЧЕСКИХ КАДРОВ', 'staffShortage'],
    ['2. Дефицит педагогических кадров', 'staffShortage'],
    ['Риск 2: дефицит педагогических кадров в школе', 'staffShortage'],
    ['         Высокая доля обучающихся \nс рисками учебной  неуспешности', 'failureRisk'],
    ['Низкий уровень вовлечённости родителей', 'parentInvolvement'],
    ['Низкая учебная мотивация', 'motivation'],
    ['Языковой барьер', 'languageBarriers'],
    ['Низкий уровень оснащения', 'equipment'],
    ['Несформированность внутришкольной системы ПК', 'schoolTraining'],
    ['компетентность педагогов', 'teacherCompetence'],
  ])('%j → %s', (text, id) => {
    expect(matchRiskFactor(text)?.id).toBe(id);
  });

  it.each([[''], ['  '], ['риск'], ['Прочее'], ['Высокая'], [42]])('%j names no direction', (text) => {
    expect(matchRiskFactor(text)).toBeNull();
  });

  it('finds an official name however it is cased, spaced, numbered or punctuated', () => {
    const variant = fc.record({
      index: fc.integer({ min: 0, max: RISK_FACTORS.length - 1 }),
      upper: fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
      space: fc.constantFrom(' ', '  ', '\n', ' \u00a0'),
      prefix: fc.constantFrom('', '1. ', '7) ', 'Риск: ', '«'),
      suffix: fc.constantFrom('', '.', ';', '»', ' '),
    });
    fc.assert(
      fc.property(variant, ({ index, upper, space, prefix, suffix }) => {
        const factor = RISK_FACTORS[index]!;
        const text = [...factor.name.replace(/е/g, 'ё')]
          .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch))
          .join('')
          .replace(/ /g, space);
        expect(matchRiskFactor(`${prefix}${text}${suffix}`)?.id).toBe(factor.id);
      }),
    );
  });

  it('never throws on any cell', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        matchKey(value);
        matchRiskFactor(value);
      }),
    );
  });
});
