// §11.5 «Рисковый профиль»: each FIOKO direction with the official level the school entered and the
// school's own estimate from «Пороги рисков», in separate columns under separate names (PRODUCT.md
// §5: FIOKO does not publish its scoring), and the priority directions.
import { reportMessages as m } from '../messages/report';
import type { RiskProfileAssessment } from '../risk/assessRiskProfile';
import { HIGH } from '../risk/riskLevel';
import type { ReportSection } from './documentModel';
import type { ReportFacts } from './reportFacts';
import { absent, heading, list, paragraph, table } from './sectionKit';

/** Nothing scored and no official level entered: the map is still empty. */
export function riskProfileEmpty(risk: RiskProfileAssessment | null): boolean {
  return !risk || risk.factors.every((f) => f.localLevel === null && f.officialLevel === null);
}

/** The priority directions, each with who rated it high: the section's list and «Выводы»' sentence. */
export function priorityLines(risk: RiskProfileAssessment): string[] {
  return risk.factors
    .filter((f) => f.priority)
    .map((f) => m.priorityFactor(f.factor.name, f.localLevel === HIGH, f.officialLevel === HIGH));
}

export function riskSection(facts: ReportFacts): ReportSection {
  const { risk } = facts;
  if (!risk || riskProfileEmpty(risk)) return absent('risk', m.riskAbsent);
  const rows = risk.factors.map((f) => [
    f.factor.name,
    f.officialLevel ?? m.notEntered,
    f.localLevel ?? m.notScored,
    String(f.indicatorsCounted),
    f.priority ? m.yes : m.no,
  ]);
  const priorities = priorityLines(risk);
  return {
    id: 'risk',
    blocks: [
      heading(m.riskHeading),
      paragraph(m.riskSources, 'note'),
      table(m.riskHeader, rows),
      ...(priorities.length > 0
        ? [paragraph(m.priorityFactors), list(priorities)]
        : [paragraph(m.noPriorityFactors)]),
    ],
  };
}
