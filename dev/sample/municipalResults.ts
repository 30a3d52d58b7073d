// The municipal sample of `npm start` (seed 002_…): the fictional Заречный муниципальный район,
// whose ШНОР list falls from 8 schools in 2020 to 1 in 2024, with no results at all for 2021 (as in
// the seed's table, which skips that year). Every school flagged in a year has two low procedures
// that year and the others none, so the lists below are what «Выявить ШНОР» finds:
//   2020: СОШ № 2, № 11, № 32, № 36, № 45, ООШ № 8, № 12, лицей пгт Афипского (8);
//   2022: СОШ № 6, № 7, № 19, № 23, № 32, № 59, ООШ № 8 (7);
//   2023: СОШ № 6, № 7, № 21, № 27, ООШ № 8 (5);   2024: СОШ № 7 (1).
// The rows carry «Получили «3»/«4»/«5»» as the import writes them, for ОУ, КУ and СОУ.
import type { CellValue } from '../../src/core/cells/cellValue';
import type { ResultsKey } from '../../src/core/identification/resultRecords';
import { RESULTS_SHEET } from '../../src/core/template/sheets';

export const MUNICIPAL_YEARS = [2020, 2022, 2023, 2024] as const;

const FLAGGED: Readonly<Record<number, readonly string[]>> = {
  2020: [
    'МБОУ СОШ № 2',
    'МБОУ СОШ № 11',
    'МБОУ ООШ № 8',
    'МБОУ ООШ № 12',
    'МБОУ СОШ № 32',
    'МБОУ СОШ № 36',
    'МБОУ СОШ № 45',
    'МАОУ лицей пгт Афипского',
  ],
  2022: [
    'МБОУ СОШ № 6',
    'МБОУ СОШ № 7',
    'МБОУ ООШ № 8',
    'МБОУ СОШ № 19',
    'МБОУ СОШ № 23',
    'МБОУ СОШ № 32',
    'МБОУ СОШ № 59',
  ],
  2023: ['МБОУ СОШ № 6', 'МБОУ СОШ № 7', 'МБОУ ООШ № 8', 'МБОУ СОШ № 21', 'МБОУ СОШ № 27'],
  2024: ['МБОУ СОШ № 7'],
};

/** Every school of the district: the flagged ones of any year and six that never were. */
export const MUNICIPAL_SCHOOLS: readonly string[] = [
  ...new Set([
    ...Object.values(FLAGGED).flat(),
    'МБОУ СОШ № 1',
    'МБОУ СОШ № 3',
    'МАОУ гимназия № 5',
    'МБОУ СОШ № 9',
    'МБОУ СОШ № 43',
    'МБОУ СОШ № 44',
  ]),
];

export const MUNICIPAL_PROCEDURES = [
  'ВПР математика 5 класс',
  'ВПР математика 6 класс',
  'ВПР русский язык 5 класс',
  'ВПР русский язык 6 класс',
  'ОГЭ математика',
  'ОГЭ русский язык',
] as const;

/** [participants, «2», «3», «4», «5»] of one result; low ones have 30–40 % of «2». */
function marks(school: number, year: number, procedure: number, low: boolean): number[] {
  const participants = 20 + ((school * 5 + year * 3 + procedure * 7) % 23);
  const share = low
    ? 0.3 + ((school + procedure) % 3) * 0.05
    : 0.04 + ((school + year + procedure) % 5) * 0.04;
  const n2 = Math.ceil(participants * share);
  const rest = participants - n2;
  const n3 = Math.round(rest * 0.5);
  const n4 = Math.round(rest * 0.35);
  return [participants, n2, n3, n4, rest - n3 - n4];
}

function rows(): CellValue[][] {
  const out: CellValue[][] = [];
  MUNICIPAL_SCHOOLS.forEach((school, s) => {
    for (const year of MUNICIPAL_YEARS) {
      const flagged = FLAGGED[year]!.includes(school);
      MUNICIPAL_PROCEDURES.forEach((procedure, p) => {
        // A flagged school's first two procedures (by school, so the pair differs) are low.
        const low = flagged && (p === s % 6 || p === (s + 1) % 6);
        const [participants, failed, marks3, marks4, marks5] = marks(s, year, p, low);
        const values: Partial<Record<ResultsKey, CellValue>> = {
          school,
          year,
          procedure,
          participants,
          failed,
          marks3,
          marks4,
          marks5,
        };
        out.push(RESULTS_SHEET.columns.map((c) => values[c.key] ?? ''));
      });
    }
  });
  return out;
}

/** The sheet as the preview loads it, header row first (the template's column order). */
export const MUNICIPAL_RESULTS: CellValue[][] = [RESULTS_SHEET.columns.map((c) => c.header), ...rows()];
