// Which rows of an export are schools and which are aggregates (PRODUCT.md §10): ФИС ОКО starts
// with «Вся выборка», the region and the municipality, then the schools, each with its login;
// a region's export repeats a municipality row before its schools. Aggregates go to «Сравнение»,
// never to «Результаты ОП», where they would count as schools.
import { COMPARISON_LEVELS, type ComparisonLevel } from '../messages/import';
import { normalizeText } from '../text/normalize';

export type RowLevel =
  | { readonly kind: 'school' }
  | { readonly kind: 'aggregate'; readonly level: ComparisonLevel };

const WHOLE_SAMPLE = /^(?:вся выборка|все участники|россия|российская федерация|рф)$/;
const REGION =
  /(?:^|\s)(?:обл|област\p{L}*|кра[йяюе]|республик\p{L}*|автономн\p{L}*|ао|регион\p{L}*|москва|санкт-петербург|севастополь)(?:$|[\s.,-])/u;
const MUNICIPALITY =
  /(?:^|\s)(?:муниципальн\p{L}*|район\p{L}*|городской округ|го|мо|мр|г|город|округ|итого|всего|по району|по округу|по муниципалитету)(?:$|[\s.,:-])/u;
const SCHOOL =
  /(?:^|[\s"«(])(?:[мгчк]?[бакг]?оу|моу|оу|сош|оош|нош|лицей|лицея|гимназия|гимназии|школа|школы|интернат|кадетск\p{L}*|цо|центр образования|учреждение)(?:$|[\s"»),.№-]|\d)/u;

/** The level of a row; `state` carries what was seen above it in the same block. */
export function rowLevel(
  name: string,
  hasLogin: boolean,
  state: { readonly schoolSeen: boolean; readonly regionSeen: boolean; readonly positional: boolean },
): RowLevel {
  if (hasLogin) return { kind: 'school' };
  const text = normalizeText(name);
  if (WHOLE_SAMPLE.test(text)) return { kind: 'aggregate', level: COMPARISON_LEVELS.wholeSample };
  if (SCHOOL.test(text)) return { kind: 'school' };
  if (REGION.test(text) && !/муниципальн|район/.test(text))
    return { kind: 'aggregate', level: COMPARISON_LEVELS.region };
  if (MUNICIPALITY.test(text)) return { kind: 'aggregate', level: COMPARISON_LEVELS.municipality };
  // ФИС ОКО's order: the region right under «Вся выборка», then municipalities.
  if (!state.positional) return { kind: 'school' };
  if (!state.regionSeen && !state.schoolSeen) return { kind: 'aggregate', level: COMPARISON_LEVELS.region };
  if (!state.schoolSeen) return { kind: 'aggregate', level: COMPARISON_LEVELS.municipality };
  return { kind: 'school' };
}
