// What the lines above an export's header row say (PRODUCT.md §10): the year («ВПР 2024»,
// «Всероссийские проверочные работы 2024 (5 класс)», «Дата: 18.04.2024», «2023-2024 уч. год»),
// the grade («5 класс», «5 кл.»), the subject («Предмет: Математика», «Русский язык») and which
// procedure it is (ВПР, ОГЭ, ЕГЭ).
import type { CellValue } from '../cells/cellValue';
import { type ProcedureKind, procedureKindOf } from '../identification/procedures';
import { parseAssessmentYear } from '../identification/year';
import { cellText, normalizeText } from '../text/normalize';

export interface TitleLine {
  /** 1-based row on «Импорт». */
  readonly rowNumber: number;
  readonly cells: readonly CellValue[];
}

export interface BlockTitle {
  /** The distinct years the lines give, the line naming the procedure first. */
  readonly years: readonly number[];
  readonly kind: ProcedureKind | null;
  readonly grade: number | null;
  /** The subject in lower case as a procedure name writes it («математика»). */
  readonly subject: string | null;
  /** The lines' text, one string per line. */
  readonly texts: readonly string[];
}

// The subjects of ВПР and ГИА, in the words a procedure name uses.
const SUBJECTS: readonly (readonly [string, RegExp])[] = [
  ['математика', /(?:^|[^\p{L}])(?:математик|алгебр|мат\.)/u],
  ['русский язык', /(?:^|[^\p{L}])(?:русск\p{L}* язык|рус\. ?яз|ря(?:$|[^\p{L}]))/u],
  ['окружающий мир', /окружающ/],
  ['история', /(?:^|[^\p{L}])истори/u],
  ['обществознание', /обществозн/],
  ['биология', /биолог/],
  ['география', /географ/],
  ['физика', /(?:^|[^\p{L}])физик/u],
  ['химия', /(?:^|[^\p{L}])хими/u],
  ['литература', /литератур/],
  ['информатика', /информатик/],
  ['английский язык', /английск/],
  ['немецкий язык', /немецк/],
  ['французский язык', /французск/],
  ['иностранный язык', /иностранн/],
];

const DATE = /(?<!\d)\d{1,2}[./]\d{1,2}[./](\d{4})(?!\d)/g;
const YEAR_PAIR = /(?<!\d)(20\d{2})\s*[-–—/]\s*(20\d{2}|\d{2})(?!\d)/g;
const YEAR = /(?<!\d)(20\d{2})(?!\d)/g;
const GRADE = /(?<![\p{N}.,])(\d{1,2})\s*(?:-?\s*(?:й|е|х|го|ых))?\s*кл(?:асс\p{L}*)?(?!\p{L})/gu;
const SUBJECT_LINE = /предмет\s*[:\-–—]?\s*(.+)$/;

function yearOfDate(date: Date): number {
  // A date cell is a midnight of the spreadsheet's zone: noon UTC of that day has its year.
  return new Date(date.getTime() + 12 * 3600_000).getUTCFullYear();
}

function yearsOfCell(cell: CellValue): number[] {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? [] : [yearOfDate(cell)];
  if (typeof cell === 'number') {
    const year = parseAssessmentYear(cell);
    return year === null ? [] : [year];
  }
  let text = cellText(cell);
  const years: number[] = [];
  text = text.replace(DATE, (_match, year: string) => {
    years.push(Number(year));
    return ' ';
  });
  text = text.replace(YEAR_PAIR, (match: string) => {
    const year = parseAssessmentYear(match.replace(/\s+/g, ''));
    if (year !== null) years.push(year);
    return ' ';
  });
  for (const match of text.matchAll(YEAR)) years.push(Number(match[1]));
  return years;
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function subjectOf(text: string): string | null {
  const found = SUBJECTS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return found.length === 1 ? found[0]! : null;
}

/** Reads the lines above one header row. */
export function readBlockTitle(lines: readonly TitleLine[]): BlockTitle {
  const texts = lines.map((line) =>
    line.cells
      .map((cell) => (cell instanceof Date ? `${cell.getUTCFullYear()}` : cellText(cell)))
      .filter((t) => t.trim() !== '')
      .join(' '),
  );
  const normalized = texts.map((t) => normalizeText(t));
  const lineKinds = normalized.map((t) => procedureKindOf(t));
  const kinds = distinct(lineKinds.filter((k) => k !== null));
  const kind = kinds.length === 1 ? kinds[0]! : null;

  const procedureYears: number[] = [];
  const otherYears: number[] = [];
  lines.forEach((line, i) => {
    const years = line.cells.flatMap(yearsOfCell);
    (lineKinds[i] ? procedureYears : otherYears).push(...years);
  });
  const years = distinct([...procedureYears, ...otherYears]);

  const grades = distinct(normalized.flatMap((t) => [...t.matchAll(GRADE)].map((m) => Number(m[1]))));
  const grade = grades.length === 1 ? grades[0]! : null;

  let subject: string | null = null;
  for (const text of normalized) {
    const match = SUBJECT_LINE.exec(text);
    if (!match) continue;
    const named = match[1]!.replace(/[.,;:]+$/, '').trim();
    subject = subjectOf(named) ?? (named || null);
    break;
  }
  subject ??= subjectOf(normalized.join(' | '));
  return { years: procedureYears.length ? distinct(procedureYears) : years, kind, grade, subject, texts };
}
