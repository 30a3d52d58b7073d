// §11.1: the draft mark, the «Утверждаю» stamp when the two settings are set, the title with the
// organisation or municipality and the one period string.
import { formatRussianDate } from '../dates/calendarDate';
import { reportMessages as m } from '../messages/report';
import type { ReportBlock, ReportSection } from './documentModel';
import type { ReportFacts } from './reportFacts';
import { heading, paragraph } from './sectionKit';

export function headerSection(facts: ReportFacts): ReportSection {
  const { approval, input } = facts;
  const blocks: ReportBlock[] = [paragraph(m.draft, 'draft')];
  if (approval) {
    blocks.push(paragraph(m.approve, 'stamp'));
    if (approval.position) blocks.push(paragraph(approval.position, 'stamp'));
    if (approval.name) blocks.push(paragraph(approval.name, 'stamp'));
    blocks.push(paragraph(m.approvalDateLine(input.reportDate.year), 'stamp'));
  }
  blocks.push(heading(m.title, 1));
  blocks.push(
    paragraph(m.subtitle(facts.kind, facts.subject, facts.input.settings.municipality, facts.period)),
  );
  blocks.push(paragraph(m.asOf(formatRussianDate(input.reportDate))));
  return { id: 'header', blocks };
}
