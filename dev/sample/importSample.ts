// «Импорт» of the sample workbook: what an analyst of the fictional Озёрский округ downloads and
// pastes as it comes (PRODUCT.md §10). Two ФИС ОКО «Статистика по отметкам» blocks of ВПР русский
// язык 6 класс — a procedure «Результаты ОП» does not hold yet — and the regional centre's ЕГЭ
// table. «Импортировать результаты», then «Выявить ШНОР», shows what the import brings:
// - МБОУ СОШ № 21 becomes ШНОР by criterion 1 (its second low procedure of 2024);
// - МБОУ СОШ № 27 becomes ШНОР by criterion 2 (low in 2023 and 2024);
// - МАОУ гимназия № 3 has 0,89 % of «2» (1 of 112), read as such, not as 89 %;
// - МБОУ ООШ № 45's share «21,50» is reproduced by no count of 14: the journal says so;
// - МАОУ лицей № 1's ЕГЭ row typed by hand in «Результаты ОП» is kept, and the journal names both.
import type { CellValue } from '../../src/core/cells/cellValue';
import { type ExportAggregate, type ExportSchool, fisOkoBlock, giaBlock, spreadCounts } from './fisOkoExport';
import { SAMPLE_MUNICIPALITY } from './settings';

/** ФИС ОКО's logins of the sample's schools, and how it spells their names. */
const SCHOOLS: readonly (readonly [login: string, name: string])[] = [
  ['sch423102', 'МБОУ "СОШ № 2"'],
  ['sch423101', 'МАОУ "Лицей № 1"'],
  ['sch423106', 'МБОУ "СОШ № 6"'],
  ['sch423107', 'МБОУ "СОШ № 7"'],
  ['sch423108', 'МБОУ "ООШ № 8"'],
  ['sch423111', 'МБОУ "СОШ № 11"'],
  ['sch423119', 'МБОУ "СОШ № 19"'],
  ['sch423121', 'МБОУ "СОШ № 21"'],
  ['sch423103', 'МАОУ "Гимназия № 3"'],
  ['sch423127', 'МБОУ "СОШ № 27"'],
  ['sch423132', 'МБОУ "СОШ № 32"'],
  ['sch423145', 'МБОУ "ООШ № 45"'],
];

/** Participants and «2» per school, in SCHOOLS' order. */
function schools(results: readonly (readonly [number, number])[], printed2: Record<number, CellValue> = {}) {
  return SCHOOLS.map(([login, name], i): ExportSchool => {
    const [participants, failed] = results[i]!;
    return {
      login,
      name,
      participants,
      counts: spreadCounts(participants, failed),
      ...(printed2[i] !== undefined ? { printed2: printed2[i] } : {}),
    };
  });
}

function aggregates(year: number): ExportAggregate[] {
  return [
    {
      name: 'Вся выборка',
      schools: 37812,
      participants: year === 2024 ? 1298311 : 1271904,
      shares: year === 2024 ? [9.86, 37.95, 36.3, 15.89] : [10.42, 38.87, 35.16, 15.55],
    },
    {
      name: 'Энская обл.',
      schools: 612,
      participants: 23874,
      shares: year === 2024 ? [12.41, 40.02, 33.8, 13.77] : [13.05, 41.2, 32.64, 13.11],
    },
    {
      name: SAMPLE_MUNICIPALITY,
      schools: 12,
      participants: year === 2024 ? 359 : 352,
      shares: year === 2024 ? [14.21, 41.23, 31.75, 12.81] : [15.34, 40.91, 31.25, 12.5],
    },
  ];
}

const RUSSIAN6_2024 = schools(
  [
    [34, 6],
    [58, 2],
    [30, 5],
    [27, 4],
    [7, 1],
    [33, 7],
    [25, 4],
    [29, 10],
    [112, 1],
    [30, 10],
    [26, 3],
    [14, 3],
  ],
  // ФИС ОКО printed 21,50 where 3 of 14 is 21,43: a share no count gives.
  { 11: 21.5 },
);

const RUSSIAN6_2023 = schools([
  [36, 5],
  [55, 3],
  [31, 6],
  [26, 5],
  [9, 2],
  [30, 6],
  [24, 3],
  [27, 5],
  [104, 2],
  [31, 11],
  [28, 4],
  [12, 2],
]);

/** The sheet as the preview loads it: blocks one under another, as pasted. */
export const SAMPLE_IMPORT: CellValue[][] = [
  ...fisOkoBlock({
    year: 2024,
    grade: 6,
    subject: 'Русский язык',
    date: '23.04.2024',
    aggregates: aggregates(2024),
    schools: RUSSIAN6_2024,
  }),
  ...fisOkoBlock({
    year: 2023,
    grade: 6,
    subject: 'Русский язык',
    date: '25.04.2023',
    aggregates: aggregates(2023),
    schools: RUSSIAN6_2023,
    // An .xlsx opened in an en_US sheet: the shares are text with a decimal comma.
    commaText: true,
  }),
  ...giaBlock(
    ['Результаты ЕГЭ по математике (профильный уровень)', `${SAMPLE_MUNICIPALITY}, 2024 год`],
    [
      { school: 'МАОУ лицей № 1', participants: 38, failed: 2 },
      { school: 'МБОУ СОШ № 11', participants: 14, failed: 3 },
      { school: 'МАОУ гимназия № 3', participants: 52, failed: 1 },
    ],
  ),
];
