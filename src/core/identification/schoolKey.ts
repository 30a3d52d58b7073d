// Loose school names: «МБОУ СОШ № 2», «МБОУ СОШ №2», «МБОУ "СОШ №2"» and «мбоу сош N 2» are one
// school (PRODUCT.md §4). Lists of ШНОР are retyped by hand in every report (seed 002_…).
import { normalizeText } from '../text/normalize';

/** The key two spellings of one school share: letters and digits only, «№»/«N»/«No» dropped. */
export function schoolKey(name: unknown): string {
  return normalizeText(name)
    .replace(/(^|[^\p{L}])(?:n|no|nr)\s*\.?\s*(?=\d)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
