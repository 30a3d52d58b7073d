// §11.9 «Решили:»: numbered blank lines the meeting fills in by hand (seed 000_… skipped item 2 of a
// typed list; numbers the renderer draws cannot).
import { reportMessages as m } from '../messages/report';
import type { ReportSection } from './documentModel';
import { heading, list } from './sectionKit';

export const DECISION_LINES = 5;

export function decisionsSection(): ReportSection {
  return {
    id: 'decisions',
    blocks: [
      heading(m.decisionsHeading),
      list(
        Array.from({ length: DECISION_LINES }, () => m.blankLine),
        true,
      ),
    ],
  };
}
