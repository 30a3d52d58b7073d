// The header row of an export block: ФИС ОКО's «Группы участников | Кол-во ОО | Кол-во участников |
// 2 | 3 | 4 | 5» (the marks often in a second row under a merged «Распределение групп баллов в %»),
// or a regional centre's «ОО | Количество участников | Не преодолели минимальный порог».
import type { CellValue, Grid } from '../cells/cellValue';
import { cellText, normalizeHeader, normalizeText } from '../text/normalize';

export type Mark = 2 | 3 | 4 | 5;
export const MARKS: readonly Mark[] = [2, 3, 4, 5];

export interface MarkColumn {
  readonly column: number;
  /** The header says share («%», «доля») or count («кол-во»); null when it says neither. */
  readonly share: boolean | null;
  readonly header: string;
}

export interface HeaderLayout {
  /** 0-based grid row of the (first) header row. */
  readonly rowIndex: number;
  /** 0-based grid row of the first data row. */
  readonly dataStart: number;
  readonly name: number;
  readonly nameHeader: string;
  readonly login: number | null;
  readonly participants: number;
  readonly participantsHeader: string;
  readonly procedure: number | null;
  readonly year: number | null;
  readonly marks: Readonly<Partial<Record<Mark, MarkColumn>>>;
  /** «Группы участников» or «Кол-во ОО»: the layout of ФИС ОКО. */
  readonly fisOkoLayout: boolean;
}

type Role = 'name' | 'groups' | 'schools' | 'login' | 'participants' | 'procedure' | 'year';

const ROLES: readonly (readonly [Role, RegExp])[] = [
  ['groups', /^групп[аы]? участников$/],
  ['schools', /^(?:кол-?во|количество|число) оо$/],
  [
    'name',
    /^(?:оо|школа|наименование|организация|образовательная организация|общеобразовательная организация|наименование оо|название оо|наименование образовательной организации|наименование общеобразовательной организации|образовательное учреждение|оу)$/,
  ],
  ['login', /^(?:логин|логин оо|код оо|код)$/],
  [
    'participants',
    /^(?:(?:кол-?во|количество|число) (?:участников|сдававших|писавших|обучающихся)|участник(?:ов|и)|сдавали|приняли участие|писали)(?: экзамен\p{L}*| работ\p{L}*)?$/u,
  ],
  ['procedure', /^(?:процедура|оценочная процедура|предмет|экзамен)$/],
  ['year', /^(?:год|учебный год|год проведения)$/],
];

const MARK_HEADER =
  /^(?:(?:отметк\p{L}*|оценк\p{L}*|получили|кол-?во|количество|число|доля|процент)\s+)?(?:на\s+)?(?:отметк\p{L}*\s+)?([2-5])$/u;
const FAILED_HEADER = /не преодол|не сдал|ниже минимальн|ниже порог/;
const SHARE_WORDS = /%|доля|доли|процент/;
const COUNT_WORDS = /кол-?во|количество|число|чел/;

function roleOf(cell: CellValue): Role | null {
  const key = normalizeHeader(cell);
  if (!key) return null;
  for (const [role, pattern] of ROLES) if (pattern.test(key)) return role;
  return null;
}

function markOf(cell: CellValue): Mark | null {
  if (typeof cell === 'number')
    return cell >= 2 && cell <= 5 && Number.isInteger(cell) ? (cell as Mark) : null;
  const text = normalizeText(cell);
  const key = normalizeHeader(text.replace(/%/g, ' ')).replace(/\s+/g, ' ');
  const match = MARK_HEADER.exec(key);
  if (match) return Number(match[1]) as Mark;
  return FAILED_HEADER.test(text) ? 2 : null;
}

function shareSaid(text: string): boolean | null {
  const t = normalizeText(text);
  if (SHARE_WORDS.test(t)) return true;
  if (COUNT_WORDS.test(t)) return false;
  return null;
}

/** The marks of one row, each with the nearest header text to its left in `above` for its unit. */
function marksOf(row: readonly CellValue[], above?: readonly CellValue[]): Partial<Record<Mark, MarkColumn>> {
  const marks: Partial<Record<Mark, MarkColumn>> = {};
  row.forEach((cell, column) => {
    const mark = markOf(cell);
    if (mark === null || marks[mark]) return;
    let share = shareSaid(cellText(cell));
    if (share === null && above) {
      // A merged «Распределение групп баллов в %» keeps its text in its first cell only.
      for (let c = column; c >= 0; c--) {
        const text = cellText(above[c]);
        if (text.trim() !== '') {
          share = shareSaid(text);
          break;
        }
      }
    }
    marks[mark] = { column, share, header: cellText(cell) };
  });
  return marks;
}

/**
 * A number header that is not a mark: ФИС ОКО's «Выполнение заданий» numbers its columns by task
 * (1, 2, …, «5(1)») and «Распределение первичных баллов» by score (0…20), where «Статистика по
 * отметкам» has its marks 2…5; such a row's 2…5 are not marks.
 */
function holdsOtherNumbers(row: readonly CellValue[]): boolean {
  return row.some((cell) => {
    const text = cellText(cell).trim();
    if (!/^\d+(?:\(\d+\)|[.,]\d+)?$/.test(text)) return false;
    return markOf(cell) === null;
  });
}

/**
 * How many cells of a row are headers the import knows («Группы участников», «Кол-во участников»,
 * «Наименование»…): inside a block's rows, a row with two of them, or with one and text where the
 * block has its participants, is where a table the import does not know begins.
 */
export function knownHeaderCells(row: readonly CellValue[]): number {
  return row.filter((cell) => roleOf(cell) !== null).length;
}

/** The block layout when grid row `r` is a header row, else null. */
export function readHeaderRow(grid: Grid, r: number): HeaderLayout | null {
  const row = grid[r] ?? [];
  const roles = new Map<Role, number>();
  row.forEach((cell, column) => {
    const role = roleOf(cell);
    if (role && !roles.has(role)) roles.set(role, column);
  });
  const participants = roles.get('participants');
  if (participants === undefined) return null;
  let marks = holdsOtherNumbers(row) ? {} : marksOf(row);
  let dataStart = r + 1;
  if (!marks[2]) {
    const next = grid[r + 1] ?? [];
    const below = marksOf(next, row);
    // A second header row holds the marks and nothing else; a data row holds a name.
    const filled = next.filter((cell) => cellText(cell).trim() !== '');
    if (!below[2] || filled.length < 2 || filled.some((cell) => markOf(cell) === null)) return null;
    marks = below;
    dataStart = r + 2;
  }
  const used = new Set<number>([participants, ...Object.values(marks).map((m) => m.column)]);
  for (const [, column] of roles) used.add(column);
  const named = roles.get('name') ?? roles.get('groups');
  // ФИС ОКО often leaves the name column's header blank: the first free column left of the counts.
  let name = named;
  if (name === undefined) {
    for (let c = 0; c < participants; c++) {
      if (!used.has(c)) {
        name = c;
        break;
      }
    }
  }
  if (name === undefined) return null;
  return {
    rowIndex: r,
    dataStart,
    name,
    nameHeader: cellText(row[name]),
    login: roles.get('login') ?? null,
    participants,
    participantsHeader: cellText(row[participants]),
    procedure: roles.get('procedure') ?? null,
    year: roles.get('year') ?? null,
    marks,
    fisOkoLayout: roles.has('groups') || roles.has('schools'),
  };
}
