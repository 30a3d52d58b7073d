// §11.7 «Целевые показатели»: base, plan, fact, progress and status as evaluateTargets computes them
// for «Обновить статусы»; a share is written as a share, another number as typed.
import { reportMessages as m } from '../messages/report';
import { targetScale } from '../targets/targetValues';
import { cellText } from '../text/normalize';
import type { ReportSection } from './documentModel';
import { formatNumber, formatShare } from './format';
import type { ReportFacts } from './reportFacts';
import { absent, heading, paragraph, table } from './sectionKit';

export function targetsSection(facts: ReportFacts): ReportSection {
  const { targets } = facts;
  const rows = targets?.evaluation.rows.filter((r) => r.kind === 'target') ?? [];
  if (!targets || rows.length === 0) return absent('targets', m.targetsAbsent);
  const cells = new Map(targets.table.rows.map((r) => [r.rowNumber, r.cells]));
  const lines = rows.map((r) => {
    const row = cells.get(r.rowNumber)!;
    const scale = targetScale(row.unit, row.indicator, [row.base, row.plan, row.fact]);
    const value = (v: number | null) =>
      v === null ? '—' : scale === 'share' ? formatShare(v, true) : formatNumber(v);
    return [
      r.indicator,
      cellText(row.unit).trim(),
      value(r.base),
      value(r.plan),
      value(r.fact),
      r.progress === null ? '—' : formatShare(r.progress, true),
      r.status ?? '',
    ];
  });
  return {
    id: 'targets',
    blocks: [
      heading(m.targetsHeading),
      table(m.targetsHeader, lines),
      paragraph(m.targetsSummarySentence(targets.evaluation.summary)),
    ],
  };
}
