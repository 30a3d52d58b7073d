// The справка as data (PRODUCT.md §11): the facts are computed once by the same core functions that
// fill the sheets, then each section is laid out from them in the order of §11.
import { reportMessages as m } from '../messages/report';
import { clusterSection } from './clusterSection';
import { conclusionsSection } from './conclusions';
import { decisionsSection } from './decisionsSection';
import type { ReportDocument } from './documentModel';
import { headerSection } from './headerSection';
import { identificationSection } from './identificationSection';
import { reportFacts } from './reportFacts';
import type { ReportInput } from './reportInput';
import { resultsSection } from './resultsSection';
import { riskSection } from './riskSection';
import { roadmapSection } from './roadmapSection';
import { sourcesSection } from './sourcesSection';
import { targetsSection } from './targetsSection';

export function buildReport(input: ReportInput): ReportDocument {
  const facts = reportFacts(input);
  return {
    kind: facts.kind,
    fileName: m.fileName(facts.subject, facts.period),
    period: facts.period,
    sections: [
      headerSection(facts),
      identificationSection(facts),
      resultsSection(facts),
      clusterSection(facts),
      riskSection(facts),
      roadmapSection(facts),
      targetsSection(facts),
      conclusionsSection(facts),
      decisionsSection(),
      sourcesSection(facts),
    ],
  };
}
