// Sample data of the fictional Озёрский округ shown by `npm start` (sheet «Результаты ОП»): twelve
// schools, 2022–2024, in the spirit of seed 002_…. With «Год анализа» 2024 and «Минимум
// участников» 5 (dev/sample/settings.ts), «Выявить ШНОР» finds:
// - МБОУ СОШ № 2 — criteria 1 and 2 (two low procedures in 2024, one in 2023);
// - МБОУ СОШ № 7 — criterion 2 only (one low procedure each year), in the list every year;
// - МБОУ СОШ № 11 — enters the list in 2024 (criterion 1); МБОУ СОШ № 19 — criterion 2 from a share;
// - МБОУ СОШ № 6 and МБОУ ООШ № 8 — leave the list in 2024 (№ 8: too few participants in 2024);
// - a few bad rows for «Журнал проверки»: an unknown procedure, «н/д», more «2» than participants,
//   a duplicate row, and a share that disagrees with the counts.
import type { CellValue } from '../../src/core/cells/cellValue';
import { RESULTS_SHEET } from '../../src/core/template/sheets';

const SCHOOLS = [
  'МБОУ СОШ № 2',
  'МАОУ лицей № 1',
  'МБОУ СОШ № 6',
  'МБОУ СОШ № 7',
  'МБОУ ООШ № 8',
  'МБОУ СОШ № 11',
  'МБОУ СОШ № 19',
  'МБОУ СОШ № 21',
  'МАОУ гимназия № 3',
  'МБОУ СОШ № 27',
  'МБОУ СОШ № 32',
  'МБОУ ООШ № 45',
] as const;
type School = (typeof SCHOOLS)[number];

const YEARS = [2022, 2023, 2024] as const;

// Each school writes the procedures its own way, as real municipal tables do (PRODUCT.md §4).
const PROCEDURE_SPELLINGS: readonly (readonly string[])[] = [
  ['ВПР математика 5 класс', 'ВПР по математике (5 класс)', 'ВПР, мат., 5 кл.'],
  ['ВПР русский язык 5 класс', 'ВПР по русскому языку (5 класс)', 'ВПР, рус. яз., 5 кл.'],
  ['ВПР математика 6 класс', 'ВПР по математике (6 класс)', 'ВПР, мат., 6 кл.'],
  ['ОГЭ математика', 'ОГЭ (математика)', 'ОГЭ по математике'],
  ['ОГЭ русский язык', 'ОГЭ (русский язык)', 'ОГЭ по русскому языку'],
];

/**
 * The results that are low (or otherwise notable): school, year, procedure index → [participants,
 * «2»], or the share alone as a regional report gave it.
 */
const NOTABLE: Readonly<Partial<Record<School, Record<number, Record<number, [number, number] | string>>>>> =
  {
    'МБОУ СОШ № 2': { 2023: { 4: [40, 13] }, 2024: { 0: [35, 12], 3: [28, 9] } },
    'МБОУ СОШ № 6': { 2022: { 3: [24, 8] }, 2023: { 0: [31, 11], 1: [31, 10] } },
    'МБОУ СОШ № 7': { 2022: { 2: [27, 9], 3: [18, 7] }, 2023: { 3: [19, 6] }, 2024: { 1: [26, 9] } },
    'МБОУ ООШ № 8': { 2022: { 0: [9, 3] }, 2023: { 2: [10, 4] }, 2024: { 3: [4, 2] } },
    'МБОУ СОШ № 11': { 2024: { 2: [33, 11], 4: [30, 10] } },
    'МБОУ СОШ № 19': { 2023: { 4: [22, 7] }, 2024: { 2: '31,5 %' } },
    'МБОУ СОШ № 21': { 2024: { 0: [29, 9] } },
  };

/** A result that is not low: 5–21 % of 18–42 participants, varied by school, year and procedure. */
function usual(school: number, year: number, procedure: number): [number, number] {
  const participants = 18 + ((school * 7 + year * 3 + procedure * 5) % 25);
  const share = 0.05 + ((school + procedure + year) % 5) * 0.04;
  return [participants, Math.floor(participants * share)];
}

function rows(): CellValue[][] {
  const out: CellValue[][] = [];
  SCHOOLS.forEach((school, s) => {
    for (const year of YEARS) {
      PROCEDURE_SPELLINGS.forEach((spellings, p) => {
        // A basic school has no ОГЭ results before its first graduates of 2023.
        if (school === 'МБОУ ООШ № 45' && p >= 3 && year === 2022) return;
        const result = NOTABLE[school]?.[year]?.[p] ?? usual(s, year, p);
        const numbers = typeof result === 'string' ? ['', '', result] : [...result, ''];
        // ООШ № 45 writes the school year, as it appears in its reports.
        const yearCell = school === 'МБОУ ООШ № 45' ? `${year - 1}-${year}` : year;
        out.push([school, yearCell, spellings[s % spellings.length]!, ...numbers]);
      });
    }
  });
  return out;
}

const SPECIAL_ROWS: CellValue[][] = [
  ['МБОУ СОШ № 2', 2024, 'ЕГЭ русский язык', 24, 2, ''],
  ['МБОУ СОШ № 2', 2024, 'ЕГЭ математика (базовая)', 11, 1, ''],
  ['МАОУ лицей № 1', 2024, 'ЕГЭ профиль математика', 38, 2, ''],
  // Bad rows: each goes to «Журнал проверки» and is skipped.
  ['МБОУ СОШ № 27', 2024, 'ВПР окружающий мир 4 класс', 30, 4, ''],
  ['МБОУ СОШ № 27', 2024, 'ЕГЭ русский язык', 17, 'н/д', ''],
  ['МБОУ СОШ № 32', 2024, 'ЕГЭ русский язык', 12, 21, ''],
  ['МБОУ СОШ №32', 2024, 'ОГЭ (математика)', 30, 2, ''],
  // Both given and disagreeing: the counts win, the journal says so.
  ['МАОУ гимназия № 3', 2024, 'ЕГЭ русский язык', 40, 2, '25 %'],
];

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_RESULTS: CellValue[][] = [
  RESULTS_SHEET.columns.map((c) => c.header),
  ...rows(),
  ...SPECIAL_ROWS,
];
