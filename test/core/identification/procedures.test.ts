import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROCEDURES,
  type ProcedureId,
  recognizeProcedure,
} from '../../../src/core/identification/procedures';

describe('recognizeProcedure: the nine procedures in the spellings people use', () => {
  it.each<[string, ProcedureId]>([
    ['ВПР математика 5 класс', 'vprMath5'],
    ['ВПР по математике (5 класс)', 'vprMath5'],
    ['ВПР, мат., 5 кл.', 'vprMath5'],
    ['ВПР РЯ 5', 'vprRussian5'],
    ['ОГЭ РЯ', 'ogeRussian'],
    ['впр математика 5кл', 'vprMath5'],
    ['Доля обучающихся, получивших отметку «2» по ВПР по математике (6 класс)', 'vprMath6'],
    ['ВПР по русскому языку (5 класс)', 'vprRussian5'],
    ['ВПР, рус. яз., 6 кл.', 'vprRussian6'],
    ['ВПР русский язык шестой класс', 'vprRussian6'],
    ['BПP математика 5 класс', 'vprMath5'], // Latin B and P typed on the wrong layout
    ['ОГЭ (математика)', 'ogeMath'],
    ['OГЭ математика', 'ogeMath'], // Latin O
    ['ГИА-9 математика', 'ogeMath'],
    ['ОГЭ по русскому языку', 'ogeRussian'],
    ['ЕГЭ профиль математика', 'egeMathProfile'],
    ['ЕГЭ по математике (профильной)', 'egeMathProfile'],
    ['ЕГЭ математика (профильная)', 'egeMathProfile'],
    ['ЕГЭ математика база', 'egeMathBasic'],
    ['ЕГЭ по математике (базовой)', 'egeMathBasic'],
    ['ЕГЭ русский язык', 'egeRussian'],
    ['ЕГЭ по русскому языку', 'egeRussian'],
    ['  егэ   РУССКИЙ  ', 'egeRussian'],
    ['ОГЭ русский язык (в формате ГВЭ)', 'ogeRussian'], // «мат» inside «формате»
  ])('%j → %s', (text, id) => {
    expect(recognizeProcedure(text)).toBe(id);
  });

  it.each([
    ['ВПР математика 4 класс'], // not one of the nine
    ['ВПР математика'], // grade missing
    ['ВПР математика 5 и 6 класс'], // two grades
    ['ЕГЭ математика'], // level missing
    ['ОГЭ физика'],
    ['математика 5 класс'], // procedure kind missing
    ['ВПР математика и русский язык 5 класс'],
    // «мат» inside «информатика» is not mathematics: results tables list every ОГЭ subject.
    ['ОГЭ информатика'],
    ['ОГЭ по информатике и ИКТ'],
    ['ЕГЭ информатика (профильный уровень)'],
    ['ВПР информатика 5 класс'],
    [''],
    ['н/д'],
  ])('%j is not recognised', (text) => {
    expect(recognizeProcedure(text)).toBeNull();
  });

  it('recognises every accepted name and every short label as itself', () => {
    for (const p of PROCEDURES) {
      expect(recognizeProcedure(p.name)).toBe(p.id);
      expect(recognizeProcedure(p.label)).toBe(p.id);
    }
  });

  it('ignores case, «ё», punctuation and spacing around an accepted name', () => {
    const decorate = fc.record({
      upper: fc.boolean(),
      before: fc.constantFrom('', ' ', '(', '«', '- '),
      after: fc.constantFrom('', ' ', ')', '»', '.', ','),
      procedure: fc.constantFrom(...PROCEDURES),
    });
    fc.assert(
      fc.property(decorate, ({ upper, before, after, procedure }) => {
        const name = upper ? procedure.name.toUpperCase() : procedure.name;
        expect(recognizeProcedure(before + name + after)).toBe(procedure.id);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const id = recognizeProcedure(text);
        expect(id === null || PROCEDURES.some((p) => p.id === id)).toBe(true);
      }),
    );
  });
});
