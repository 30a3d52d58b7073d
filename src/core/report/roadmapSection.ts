// §11.6 «Реализация дорожной карты»: the figures of «Обновить статусы» (evaluateRoadmap's statuses on
// the same settings and report date), the overdue measures, and the log of done ones with their
// documents.
import { formatRussianDate } from '../dates/calendarDate';
import { reportMessages as m } from '../messages/report';
import { measureStatuses } from '../messages/roadmap';
import type { RoadmapSummary } from '../roadmap/evaluateRoadmap';
import { readOptionalDate } from '../roadmap/measureCells';
import { isDoneStatus } from '../roadmap/measureStatus';
import { cellText, isBlank } from '../text/normalize';
import type { ReportBlock, ReportSection } from './documentModel';
import type { ReportFacts, RoadmapFacts } from './reportFacts';
import { absent, heading, paragraph, table } from './sectionKit';

/** A deadline typed over several lines («Март 2024\nСентябрь 2024») as one line of a table cell. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/** «Обновить статусы»'s summary, with the done measures split as the справка counts them. */
export interface RoadmapFigures extends RoadmapSummary {
  readonly doneOnTime: number;
  readonly doneLate: number;
  /** Done, and `Ссылка на документ` is blank: the remark «Обновить статусы» writes. */
  readonly doneWithoutDocument: number;
}

export function roadmapFigures(roadmap: RoadmapFacts): RoadmapFigures {
  const cells = new Map(roadmap.table.rows.map((r) => [r.rowNumber, r.cells]));
  const measures = roadmap.evaluation.rows.filter((r) => r.kind === 'measure');
  const count = (status: string) => measures.filter((r) => r.status === status).length;
  return {
    ...roadmap.evaluation.summary,
    doneOnTime: count(measureStatuses.done),
    doneLate: count(measureStatuses.doneLate),
    doneWithoutDocument: measures.filter(
      (r) => r.status !== null && isDoneStatus(r.status) && isBlank(cells.get(r.rowNumber)?.documentLink),
    ).length,
  };
}

export function roadmapSection(facts: ReportFacts): ReportSection {
  const { roadmap } = facts;
  if (!roadmap) return absent('roadmap', m.roadmapAbsent);
  const figures = roadmapFigures(roadmap);
  if (figures.total === 0) return absent('roadmap', m.roadmapAbsent);
  const cells = new Map(roadmap.table.rows.map((r) => [r.rowNumber, r.cells]));
  const text = (rowNumber: number, key: 'number' | 'responsible' | 'documentLink'): string =>
    cellText(cells.get(rowNumber)?.[key]).trim();
  const measures = roadmap.evaluation.rows.filter((r) => r.kind === 'measure');
  const blocks: ReportBlock[] = [
    heading(m.roadmapHeading),
    paragraph(m.roadmapFiguresSentence(figures, formatRussianDate(facts.input.reportDate))),
  ];
  const overdue = measures.filter((r) => r.status === measureStatuses.overdue);
  if (overdue.length > 0) {
    blocks.push(
      heading(m.overdueHeading, 3),
      table(
        m.overdueHeader,
        overdue.map((r) => [
          text(r.rowNumber, 'number'),
          r.measure,
          oneLine(r.deadlineText),
          r.due ? formatRussianDate(r.due) : '',
          text(r.rowNumber, 'responsible'),
        ]),
      ),
    );
  }
  const done = measures.filter((r) => r.status !== null && isDoneStatus(r.status));
  if (done.length > 0) {
    blocks.push(
      heading(m.doneLogHeading, 3),
      table(
        m.doneLogHeader,
        done.map((r) => {
          const doneDate = readOptionalDate(cells.get(r.rowNumber)?.doneDate ?? '', facts.input.timeZone);
          return [
            text(r.rowNumber, 'number'),
            r.measure,
            r.due ? formatRussianDate(r.due) : '',
            doneDate ? formatRussianDate(doneDate) : '',
            r.status ?? '',
            text(r.rowNumber, 'documentLink') || m.noDocument,
          ];
        }),
      ),
    );
  }
  return { id: 'roadmap', blocks };
}
