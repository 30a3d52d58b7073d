import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/core/dates/calendarDate';
import { Journal } from '../../../src/core/journal/journal';
import { reviewReasons as r, reviewMessages } from '../../../src/core/messages/review';
import { measureStatuses as s } from '../../../src/core/messages/roadmap';
import {
  documentsToCheck,
  type EvidenceCheck,
  queueEntries,
  reviewMeasures,
  rowsWithoutDriveLink,
  withCellLinks,
} from '../../../src/core/review/reviewQueue';
import { evaluateRoadmap } from '../../../src/core/roadmap/evaluateRoadmap';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { locateTable } from '../../../src/core/table/locateTable';
import { ROADMAP_SHEET } from '../../../src/core/template/sheets';
import { type MeasureCells, roadmapGrid } from '../roadmap/roadmapTable';

const zone = 'Europe/Moscow';
const today = { year: 2024, month: 11, day: 20 };
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  programStart: { year: 2024, month: 1, day: 1 },
  programEnd: { year: 2024, month: 12, day: 31 },
};
const day = (d: number, mo: number, y: number): Date => toInstant({ year: y, month: mo, day: d }, zone);
const drive = (id: string): string => `https://drive.google.com/file/d/${id}/view?usp=sharing`;
const FILE = 'school-0007-abcdefghij';

function measuresOf(rows: MeasureCells[]) {
  const located = locateTable(roadmapGrid(rows), ROADMAP_SHEET);
  if (!located.found) throw new Error('headers not found');
  const evaluation = evaluateRoadmap(located.table, settings, today, new Journal(), zone);
  return reviewMeasures(located.table, evaluation);
}

function queueOf(rows: MeasureCells[], checks: ReadonlyMap<string, EvidenceCheck> = new Map()) {
  return queueEntries(
    { fileId: FILE, school: 'МБОУ СОШ № 7', roadmapSheetId: 1234 },
    measuresOf(rows),
    checks,
  );
}

describe('the review reasons of PRODUCT.md §7', () => {
  // One measure per reason; each row of the sheet is the row the queue entry must name.
  const cases: readonly { name: string; cells: MeasureCells; check?: EvidenceCheck; reasons: string[] }[] = [
    {
      name: 'done, no decision',
      cells: { deadline: 'Март 2024', done: true, documentLink: drive('1presentDocument01') },
      check: { state: 'present', name: 'Протокол.pdf' },
      reasons: [r.awaitingDecision],
    },
    {
      name: 'done without a link',
      cells: { deadline: 'Март 2024', done: true, curatorDecision: 'Принято' },
      reasons: [r.noDocument],
    },
    {
      name: 'a deleted document',
      cells: {
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'Принято',
        documentLink: drive('1deletedDocument01'),
      },
      check: { state: 'unavailable' },
      reasons: [reviewMessages.unavailable],
    },
    {
      name: 'a trashed document',
      cells: {
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'Принято',
        documentLink: drive('1trashedDocument01'),
      },
      check: { state: 'trashed', name: 'Отчёт.docx' },
      reasons: [r.documentTrashed],
    },
    {
      name: 'a link to a school site',
      cells: {
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'Принято',
        documentLink: 'https://school7.edu.ru/docs/protokol.pdf',
      },
      reasons: [r.notDriveFile],
    },
    { name: 'overdue', cells: { deadline: 'Март 2024' }, reasons: [r.overdue] },
    { name: 'due soon', cells: { deadline: day(25, 11, 2024) }, reasons: [r.dueSoon] },
    {
      name: 'sent back',
      cells: {
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'На доработку',
        documentLink: drive('1sentBackDocument1'),
      },
      check: { state: 'present', name: 'Справка' },
      reasons: [r.sentBack],
    },
  ];

  for (const c of cases) {
    it(`${c.name}: «${c.reasons.join('; ')}» on its own row`, () => {
      const rows: MeasureCells[] = [
        { number: '1', measure: 'В срок и принято', deadline: 'Декабрь 2025', done: false },
        { number: '2', measure: `Мероприятие: ${c.name}`, ...c.cells },
      ];
      const checks = new Map<string, EvidenceCheck>();
      const link = parseId(c.cells.documentLink);
      if (c.check && link) checks.set(link, c.check);
      const queue = queueOf(rows, checks);
      expect(queue).toHaveLength(1);
      expect(queue[0]).toMatchObject({
        number: '2',
        measure: `Мероприятие: ${c.name}`,
        rowNumber: 3,
        reasons: c.reasons.join('; '),
        rowLink: `https://docs.google.com/spreadsheets/d/${FILE}/edit#gid=1234&range=A3`,
      });
    });
  }

  it('names every reason of one measure, in the order of §7', () => {
    const queue = queueOf([
      {
        number: '1',
        measure: 'Всё сразу',
        deadline: 'Март 2024',
        done: true,
        curatorDecision: '',
        documentLink: '',
      },
      {
        number: '2',
        measure: 'Просрочено и возвращено',
        deadline: 'Март 2024',
        curatorDecision: 'На доработку',
      },
    ]);
    expect(queue.map((e) => e.reasons)).toEqual([
      `${r.awaitingDecision}; ${r.noDocument}`,
      `${r.overdue}; ${r.sentBack}`,
    ]);
    // Done in time is not overdue whatever the deadline: the status is the roadmap core's.
    expect(queue[0]!.status).toBe(s.done);
  });

  it('tells a trashed document from a deleted one', () => {
    const rows: MeasureCells[] = [
      {
        number: '1',
        measure: 'A',
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'Принято',
        documentLink: drive('1trashedDocument01'),
      },
      {
        number: '2',
        measure: 'B',
        deadline: 'Март 2024',
        done: true,
        curatorDecision: 'Принято',
        documentLink: drive('1deletedDocument01'),
      },
    ];
    const checks = new Map<string, EvidenceCheck>([
      ['1trashedDocument01', { state: 'trashed', name: 'A.pdf' }],
      ['1deletedDocument01', { state: 'unavailable' }],
    ]);
    const [trashed, deleted] = queueOf(rows, checks);
    expect(trashed!.reasons).toBe(r.documentTrashed);
    expect(deleted!.reasons).toBe(reviewMessages.unavailable);
    expect(deleted!.reasons.startsWith(r.documentUnavailable)).toBe(true);
  });

  it('leaves out measures that need nothing: accepted with a present document, in progress, headings', () => {
    const queue = queueOf(
      [
        { measure: 'Школьный уровень' },
        {
          number: '1',
          measure: 'Принято',
          deadline: 'Март 2024',
          done: true,
          curatorDecision: 'Принято',
          documentLink: drive('1presentDocument01'),
        },
        { number: '2', measure: 'В работе', deadline: 'Декабрь 2025' },
        { number: '3', measure: 'Срок не определён', deadline: 'По плану' },
      ],
      new Map([['1presentDocument01', { state: 'present', name: 'Протокол' }]]),
    );
    expect(queue).toEqual([]);
  });

  it('rebuilds the document link from the Drive id, never from the school text', () => {
    const queue = queueOf(
      [
        {
          number: '1',
          measure: 'Ссылка с хвостом',
          deadline: 'Март 2024',
          done: true,
          documentLink: 'Протокол: https://docs.google.com/document/d/1presentDocument01/edit?x="><script>',
        },
      ],
      new Map([['1presentDocument01', { state: 'present', name: 'Протокол' }]]),
    );
    expect(queue[0]!.documentLink).toBe('https://drive.google.com/open?id=1presentDocument01');
  });

  it('says a document was not checked when Drive failed, and keeps the measure in the queue', () => {
    const queue = queueOf(
      [
        {
          number: '1',
          measure: 'A',
          deadline: 'Март 2024',
          done: true,
          curatorDecision: 'Принято',
          documentLink: drive('1failedDocument001'),
        },
      ],
      new Map([['1failedDocument001', { state: 'failed', detail: 'Backend Error' }]]),
    );
    expect(queue[0]!.reasons).toBe(reviewMessages.notChecked);
  });

  it('checks each linked document once, only for done measures', () => {
    const measures = measuresOf([
      { measure: 'A', deadline: 'Март 2024', done: true, documentLink: drive('1sameDocument00001') },
      { measure: 'B', deadline: 'Март 2024', done: true, documentLink: drive('1sameDocument00001') },
      { measure: 'C', deadline: 'Декабрь 2025', documentLink: drive('1draftDocument0001') },
      { measure: 'D', deadline: 'Март 2024', done: true, documentLink: 'https://example.org/x' },
    ]);
    expect(documentsToCheck(measures)).toEqual(['1sameDocument00001']);
    expect(measures.filter((m) => m.awaitingDecision)).toHaveLength(3);
  });
});

function parseId(value: unknown): string | null {
  const match = /\/d\/([A-Za-z0-9_-]+)/.exec(String(value ?? ''));
  return match ? match[1]! : null;
}

describe('links behind a cell’s text (a linked word, =HYPERLINK)', () => {
  const measures = measuresOf([
    {
      number: '1',
      measure: 'Слово со ссылкой',
      deadline: 'Март 2024',
      done: true,
      documentLink: 'Протокол № 3',
    },
    { number: '2', measure: 'Сайт', deadline: 'Март 2024', done: true, documentLink: 'Протокол на сайте' },
    {
      number: '3',
      measure: 'Ссылка Диска',
      deadline: 'Март 2024',
      done: true,
      documentLink: drive('1plainDriveLink01'),
    },
  ]);
  const behind: Record<number, string> = {
    2: 'https://drive.google.com/file/d/1linkedWordDoc01/view',
    3: 'https://sosh7.ru/protokol.pdf',
    4: 'https://drive.google.com/file/d/1ignoredBehind01/view',
  };
  const linked = withCellLinks(measures, (row) => behind[row] ?? null);

  it('asks only for the rows whose text names no Drive file', () => {
    expect(rowsWithoutDriveLink(measures)).toEqual([2, 3]);
  });

  it('checks a linked word by its Drive link and drops «not a Drive file» for it', () => {
    expect(linked.map((m) => [m.evidence, m.reasons])).toEqual([
      [{ kind: 'drive', id: '1linkedWordDoc01' }, ['awaitingDecision']],
      [{ kind: 'notDrive' }, ['awaitingDecision', 'notDriveFile']],
      // A plain Drive link in the value wins over anything behind it.
      [{ kind: 'drive', id: '1plainDriveLink01' }, ['awaitingDecision']],
    ]);
    expect(documentsToCheck(linked)).toEqual(['1linkedWordDoc01', '1plainDriveLink01']);
  });
});
