// The «2» share of each procedure and year as the справка's results table shows it: a school's own
// result (the share `Пояснение` quotes), or a municipality's — all its pupils' «2» over all its
// participants, from the same checked records identification counted.
import { measuredShare } from '../identification/lowResult';
import { PROCEDURES, type ProcedureId } from '../identification/procedures';
import type { ResultRecord } from '../identification/resultRecords';

export interface ShareCell {
  readonly failed: number | null;
  readonly participants: number | null;
  /** A fraction; null without a count or a share of «2». */
  readonly share: number | null;
  /** Fewer participants than `Минимум участников`: shown with a caveat, never compared. */
  readonly fewParticipants: boolean;
  /** The records behind the cell (schools, for a municipality). */
  readonly records: readonly ResultRecord[];
  /** Records that give a share without counts: they cannot be added into a municipality's share. */
  readonly shareOnly: number;
}

export interface ProcedureShares {
  readonly procedure: ProcedureId;
  readonly byYear: ReadonlyMap<number, ShareCell>;
}

export interface ShareTable {
  /** Every year of the records, ascending. */
  readonly years: readonly number[];
  /** Procedures with at least one record, in the official order. */
  readonly procedures: readonly ProcedureShares[];
}

function cellOf(records: readonly ResultRecord[], minParticipants: number): ShareCell {
  if (records.length === 1) {
    const { measure, outcome } = records[0]!;
    return {
      failed: measure.failed,
      participants: measure.participants,
      share: measuredShare(measure),
      fewParticipants: outcome === 'fewParticipants',
      records,
      shareOnly: measure.failed === null && measure.share !== null ? 1 : 0,
    };
  }
  let failed = 0;
  let participants = 0;
  let shareOnly = 0;
  for (const { measure } of records) {
    if (measure.failed !== null && measure.participants !== null && measure.participants > 0) {
      failed += measure.failed;
      participants += measure.participants;
    } else if (measure.share !== null) shareOnly++;
  }
  return {
    failed: participants > 0 ? failed : null,
    participants: participants > 0 ? participants : null,
    share: participants > 0 ? failed / participants : null,
    fewParticipants: participants > 0 && participants < minParticipants,
    records,
    shareOnly,
  };
}

export function shareTable(records: readonly ResultRecord[], minParticipants: number): ShareTable {
  const grouped = new Map<ProcedureId, Map<number, ResultRecord[]>>();
  const years = new Set<number>();
  for (const record of records) {
    years.add(record.year);
    let byYear = grouped.get(record.procedure);
    if (!byYear) {
      byYear = new Map();
      grouped.set(record.procedure, byYear);
    }
    const list = byYear.get(record.year);
    if (list) list.push(record);
    else byYear.set(record.year, [record]);
  }
  const procedures = PROCEDURES.filter((p) => grouped.has(p.id)).map((p) => ({
    procedure: p.id,
    byYear: new Map(
      [...grouped.get(p.id)!].map(([year, list]) => [year, cellOf(list, minParticipants)] as const),
    ),
  }));
  return { years: [...years].sort((a, b) => a - b), procedures };
}

/** The cell is a share that can be compared (not below the minimum). */
export function comparable(cell: ShareCell | undefined): cell is ShareCell & { share: number } {
  return cell !== undefined && cell.share !== null && !cell.fewParticipants;
}
