// The справка as data (PRODUCT.md §11): the facts are computed once by the same core functions that
// fill the sheets, then each section is laid out from them in the order of §11.

import { reportMessages as m } from '../messages/report';
import type { ReportDocument, ReportSection } from './documentModel';
import type { ReportInput } from './reportInput';

export function buildReport(input: ReportInput): ReportDocument {
  const kind = input.settings.schoolName ? 'school' : 'municipal';
  const subject = input.settings.schoolName || input.settings.municipality;
  const period = String(input.settings.analysisYear ?? input.reportDate.year);
  const sections: ReportSection[] = [
    {
      id: 'header',
      blocks: [
        { kind: 'paragraph', role: 'draft', text: m.draft },
        { kind: 'heading', level: 1, text: m.title },
      ],
    },
  ];
  return { kind, fileName: m.fileName(subject, period), period, sections };
}
