// The procedure and year of an export block, from its title lines or its own columns
// (PRODUCT.md §10): a ВПР needs its subject and grade, an ОГЭ/ЕГЭ its subject (and level).
import {
  type ProcedureId,
  type ProcedureKind,
  procedureById,
  recognizeProcedure,
} from '../identification/procedures';
import { importMessages as m } from '../messages/import';
import type { HeaderLayout } from './headerRow';
import type { BlockTitle } from './titleLines';

export interface NamedProcedure {
  readonly name: string;
  readonly id: ProcedureId | null;
}

export type BlockProcedure =
  | {
      readonly ok: true;
      readonly fixed: NamedProcedure | null;
      readonly kind: ProcedureKind | null;
      readonly origin: string;
    }
  | { readonly ok: false; readonly problem: string };

export type BlockYear =
  | { readonly ok: true; readonly year: number | null }
  | { readonly ok: false; readonly problem: string };

const KIND_WORD: Readonly<Record<ProcedureKind, string>> = { vpr: 'ВПР', oge: 'ОГЭ', ege: 'ЕГЭ' };

/** A procedure as written: one of the nine by its official name, or the name itself. */
export function nameProcedure(text: string): NamedProcedure {
  const id = recognizeProcedure(text);
  return id ? { name: procedureById(id).name, id } : { name: text.replace(/\s+/g, ' ').trim(), id: null };
}

/** A row's own procedure cell, read with the kind the title gives («Математика» under «ОГЭ 2024»). */
export function rowProcedure(cell: string, kind: ProcedureKind | null): NamedProcedure | null {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (recognizeProcedure(text) || !kind) return nameProcedure(text);
  const withKind = nameProcedure(`${KIND_WORD[kind]} ${text}`);
  return withKind.id ? withKind : nameProcedure(text);
}

export function blockProcedure(title: BlockTitle, layout: HeaderLayout): BlockProcedure {
  const isVpr = title.kind === 'vpr' || (title.kind === null && layout.fisOkoLayout && title.grade !== null);
  const origin = isVpr || layout.fisOkoLayout ? m.sourceFisOko : m.sourceRegionalCentre;
  if (isVpr) {
    if (title.grade === null) return { ok: false, problem: m.noGrade };
    if (title.subject === null) return { ok: false, problem: m.noSubject };
    return { ok: true, fixed: nameProcedure(m.vprName(title.subject, title.grade)), kind: 'vpr', origin };
  }
  if (title.kind === null) {
    return layout.procedure !== null
      ? { ok: true, fixed: null, kind: null, origin }
      : { ok: false, problem: m.noProcedure };
  }
  for (const text of title.texts) {
    const named = nameProcedure(text);
    if (named.id) return { ok: true, fixed: named, kind: title.kind, origin };
  }
  if (title.subject !== null) {
    const level = /профил/i.test(title.texts.join(' '))
      ? ' профильная'
      : /базов/i.test(title.texts.join(' '))
        ? ' базовая'
        : '';
    const named = nameProcedure(`${KIND_WORD[title.kind]} ${title.subject}${level}`);
    if (named.id || layout.procedure === null) return { ok: true, fixed: named, kind: title.kind, origin };
  }
  if (layout.procedure !== null) return { ok: true, fixed: null, kind: title.kind, origin };
  return { ok: false, problem: m.noProcedure };
}

export function blockYear(title: BlockTitle, layout: HeaderLayout): BlockYear {
  if (title.years.length === 1) return { ok: true, year: title.years[0]! };
  if (layout.year !== null) return { ok: true, year: null };
  if (title.years.length === 0) return { ok: false, problem: m.noYear };
  return { ok: false, problem: m.severalYears(title.years) };
}
