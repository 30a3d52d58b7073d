// Sample data of the fictional Озёрский округ shown by `npm start` (sheet «Кластеры»): FIOKO
// clusters of the ШНОР of dev/sample/results.ts. A school without a row in a year the sheet covers
// was out of the list that year (seed 003_…: leaving the list is a positive dynamic).
import type { CellValue } from '../../src/core/cells/cellValue';
import { CLUSTERS_SHEET } from '../../src/core/template/sheets';

/** The sheet as the preview loads it, header row first. */
export const SAMPLE_CLUSTERS: CellValue[][] = [
  CLUSTERS_SHEET.columns.map((c) => c.header),
  ['МБОУ СОШ № 7', 2022, 'сильно неуспевающие'],
  ['МБОУ ООШ № 8', 2022, 'умеренно неуспевающие'],
  ['МБОУ СОШ № 2', 2023, 'умеренно неуспевающие'],
  ['МБОУ СОШ № 6', 2023, 'базово неуспевающие'],
  ['МБОУ СОШ № 7', 2023, 'сильно неуспевающие'],
  ['МБОУ ООШ № 8', 2023, 'сильно неуспевающие'],
  ['МБОУ СОШ № 19', 2023, 'базово неуспевающие'],
  ['МБОУ СОШ № 2', 2024, 'базово неуспевающие'],
  ['МБОУ СОШ №7', 2024, 'Умеренно неуспевающие'],
  ['МБОУ СОШ № 11', 2024, 'умеренно неуспевающие'],
  ['МБОУ СОШ № 19', 2024, 'базово неуспевающие'],
];
