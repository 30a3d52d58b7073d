// Exports shaped as they come, for the preview, the tests and the bench (PRODUCT.md §10):
// ФИС ОКО «Статистика по отметкам» (title lines, a two-row header under a merged «Распределение
// групп баллов в %», «Вся выборка», the region, the municipality, then schools with their login)
// and a regional centre's ОГЭ/ЕГЭ table of counts.
import type { CellValue } from '../../src/core/cells/cellValue';

export interface ExportSchool {
  readonly login: string;
  readonly name: string;
  readonly participants: number;
  /** Counts of «2», «3», «4», «5»; the export prints their shares. */
  readonly counts: readonly [number, number, number, number];
  /** A share printed in place of the computed one (a typo, or a share no count gives). */
  readonly printed2?: CellValue;
}

export interface ExportAggregate {
  readonly name: string;
  readonly schools: number;
  readonly participants: number;
  readonly shares: readonly [number, number, number, number];
}

export interface FisOkoBlock {
  readonly year: number;
  readonly grade: number;
  /** As ФИС ОКО writes it: «Математика», «Русский язык». */
  readonly subject: string;
  readonly date: string;
  readonly aggregates: readonly ExportAggregate[];
  readonly schools: readonly ExportSchool[];
  /** Shares as text with a decimal comma (an .xlsx opened in an en_US sheet), else numbers. */
  readonly commaText?: boolean;
}

function share(count: number, participants: number): number {
  return participants === 0 ? 0 : Math.round((10000 * count) / participants) / 100;
}

function printed(value: number, commaText: boolean | undefined): CellValue {
  return commaText ? value.toFixed(2).replace('.', ',') : value;
}

/** One «Статистика по отметкам» block with its title lines and a blank line after it. */
export function fisOkoBlock(block: FisOkoBlock): CellValue[][] {
  const rows: CellValue[][] = [
    [`Всероссийские проверочные работы ${block.year} (${block.grade} класс)`],
    [`Дата: ${block.date}`],
    [`Предмет: ${block.subject}`],
    ['Статистика по отметкам'],
    ['Максимальный первичный балл: 20'],
    ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 'Распределение групп баллов в %', '', '', ''],
    ['', '', '', 2, 3, 4, 5],
  ];
  for (const aggregate of block.aggregates) {
    rows.push([
      aggregate.name,
      aggregate.schools,
      aggregate.participants,
      ...aggregate.shares.map((s) => printed(s, block.commaText)),
    ]);
  }
  for (const school of block.schools) {
    const shares = school.counts.map((c) => printed(share(c, school.participants), block.commaText));
    if (school.printed2 !== undefined) shares[0] = school.printed2;
    rows.push([`(${school.login}) ${school.name}`, '', school.participants, ...shares]);
  }
  rows.push([]);
  return rows;
}

export interface GiaRow {
  readonly school: string;
  readonly participants: number;
  readonly failed: number;
}

/** A regional centre's table: title lines, then «№ | ОО | Кол-во участников | Не преодолели минимальный порог». */
export function giaBlock(title: readonly string[], rows: readonly GiaRow[]): CellValue[][] {
  return [
    ...title.map((line) => [line]),
    ['№ п/п', 'Наименование ОО', 'Количество участников', 'Не преодолели минимальный порог, чел.'],
    ...rows.map((row, i) => [i + 1, row.school, row.participants, row.failed]),
    [],
  ];
}

/** The counts of «2»…«5» for a school: `failed` «2», the rest spread 40/40/20. */
export function spreadCounts(participants: number, failed: number): [number, number, number, number] {
  const rest = participants - failed;
  const threes = Math.round(rest * 0.4);
  const fours = Math.round(rest * 0.4);
  return [failed, threes, fours, rest - threes - fours];
}
