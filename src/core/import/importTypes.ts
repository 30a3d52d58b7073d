// What the import reads from «Импорт» (PRODUCT.md §10), as plain data for the server to write.
import type { ProcedureId } from '../identification/procedures';
import type { JournalEntry } from '../journal/journal';
import type { ComparisonLevel } from '../messages/import';

/** One school's result: a row of «Результаты ОП». */
export interface ImportedResult {
  /** 1-based row on «Импорт», for the journal. */
  readonly importRow: number;
  readonly school: string;
  /** The ФИС ОКО login, «» when the export has none. */
  readonly schoolCode: string;
  readonly year: number;
  /** One of the nine names of §4, or the name as the export gives it. */
  readonly procedure: string;
  readonly procedureId: ProcedureId | null;
  readonly participants: number;
  /** Получили «2», null when no single count reproduces the share. */
  readonly failed: number | null;
  /** The share of «2» as text («0,89 %») where `failed` could not be recovered, else «». */
  readonly failedShare: string;
  readonly marks3: number | null;
  readonly marks4: number | null;
  readonly marks5: number | null;
  /** «Импорт: ФИС ОКО, ВПР математика 5 класс, 2024». */
  readonly source: string;
}

/** An aggregate row: a row of «Сравнение». Shares in percent points, null where the block has none. */
export interface ComparisonResult {
  readonly level: ComparisonLevel;
  readonly name: string;
  readonly year: number;
  readonly procedure: string;
  readonly participants: number;
  readonly shares: readonly [number | null, number | null, number | null, number | null];
}

export interface ImportedBlock {
  /** 1-based row of the block's header on «Импорт». */
  readonly headerRow: number;
  readonly schoolRows: number;
  readonly aggregateRows: number;
}

export interface ImportReading {
  readonly blocks: readonly ImportedBlock[];
  readonly results: readonly ImportedResult[];
  readonly comparison: readonly ComparisonResult[];
  readonly entries: readonly JournalEntry[];
}
