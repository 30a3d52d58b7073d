// A district shaped like seed 002_…'s «Список … ШНОР» (2022, 2023, 2024), built so that each way a
// school of one year's list can fare the next year occurs: it stays, leaves with results, has no
// results at all (the seed's 2024 column lists only СОШ № 7; whether the others left, a table without
// their 2024 results cannot say), or enters. Shared by the identification and the справка tests.
import type { CellValue, Grid } from '../../../src/core/cells/cellValue';
import { RESULTS_SHEET } from '../../../src/core/template/sheets';

type Fate = 'flagged' | 'ok' | 'none';

const TWO_LOW = ['ВПР математика 5 класс', 'ОГЭ математика'] as const;

/** Each school's 2022, 2023, 2024: flagged (two low procedures), results none low, or no rows. */
export const SEED_002_FATES: readonly (readonly [string, Fate, Fate, Fate])[] = [
  ['МБОУ СОШ № 7', 'flagged', 'flagged', 'flagged'],
  ['МБОУ СОШ № 6', 'flagged', 'flagged', 'ok'],
  ['МБОУ ООШ № 8', 'flagged', 'flagged', 'none'],
  ['МБОУ СОШ № 19', 'flagged', 'ok', 'ok'],
  ['МБОУ СОШ № 23', 'flagged', 'none', 'ok'],
  ['МБОУ СОШ № 21', 'ok', 'flagged', 'ok'],
  ['МБОУ СОШ № 27', 'ok', 'flagged', 'none'],
  ['МБОУ СОШ № 45', 'ok', 'ok', 'flagged'],
];

export const SEED_002_YEARS = [2022, 2023, 2024] as const;

/** «Результаты ОП» of SEED_002_FATES: 20 participants, 8 «2» (40 %) low, 1 «2» (5 %) not. */
export function seed002Results(): Grid {
  const rows: CellValue[][] = [];
  for (const [school, ...fates] of SEED_002_FATES) {
    fates.forEach((fate, i) => {
      if (fate === 'none') return;
      for (const procedure of TWO_LOW) {
        const values: Record<string, CellValue> = {
          school,
          year: SEED_002_YEARS[i]!,
          procedure,
          participants: 20,
          failed: fate === 'flagged' ? 8 : 1,
        };
        rows.push(RESULTS_SHEET.columns.map((c) => values[c.key] ?? ''));
      }
    });
  }
  return [RESULTS_SHEET.columns.map((c) => c.header), ...rows];
}
