import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { reviewMessages, reviewReasons } from '../../../src/core/messages/review';
import { rowUrl } from '../../../src/core/review/evidenceLink';
import {
  checksInQueue,
  mergeQueue,
  QUEUE_COLUMN,
  QUEUE_HEADERS,
  QUEUE_KEY_COLUMNS,
  type QueueRow,
  queueCells,
  queueKeyOf,
  readQueueSheet,
} from '../../../src/core/review/queueSheet';

const A = '1SchoolFileAaaaaaa';
const B = '1SchoolFileBbbbbbb';
const C = '1SchoolFileCccccccc';

function row(fileId: string, school: string, line: number, measure: string): QueueRow {
  const cells: CellValue[] = QUEUE_HEADERS.map(() => '');
  cells[QUEUE_COLUMN.school] = school;
  cells[QUEUE_COLUMN.measure] = measure;
  cells[QUEUE_COLUMN.rowLink] = rowUrl(fileId, 42, line);
  return { fileId, cells };
}

describe('«Очередь проверки» across runs', () => {
  it('replaces the rows of files read now, keeps the others, drops files that left the folder', () => {
    const previous = [
      row(A, 'СОШ № 1', 3, 'старое A'),
      row(B, 'СОШ № 2', 4, 'старое B'),
      row(C, 'СОШ № 3', 5, 'ушла из папки'),
    ];
    const fresh = new Map([[A, [row(A, 'СОШ № 1', 9, 'новое A2'), row(A, 'СОШ № 1', 2, 'новое A1')]]]);
    const merged = mergeQueue(previous, fresh, new Set([A, B]));
    expect(merged.map((r) => r.cells[QUEUE_COLUMN.measure])).toEqual(['новое A1', 'новое A2', 'старое B']);
  });

  it('clears a school whose measures no longer need the curator', () => {
    const merged = mergeQueue([row(A, 'СОШ № 1', 3, 'принято с тех пор')], new Map([[A, []]]), new Set([A]));
    expect(merged).toEqual([]);
  });

  it('keeps rows the curator typed without a file link at the end', () => {
    const typed: QueueRow = { fileId: null, cells: QUEUE_HEADERS.map((_, i) => (i === 0 ? 'заметка' : '')) };
    const merged = mergeQueue([typed, row(A, 'СОШ № 1', 3, 'x')], new Map(), new Set([A]));
    expect(merged.map((r) => r.fileId)).toEqual([A, null]);
  });

  it('reads its own rows back with their file, under title rows too', () => {
    const link = rowUrl(A, 42, 3);
    const grid: CellValue[][] = [
      ['Очередь на 20.11.2024', '', '', '', '', '', '', '', ''],
      [...QUEUE_HEADERS, 'Заметка куратора'],
      ['СОШ № 1', '1', 'Педсовет', '', 'Выполнено', 'Нет документа', link, '', 'позвонить'],
    ];
    const read = readQueueSheet(grid);
    expect(read.ok && read.rows).toEqual([
      { fileId: A, cells: ['СОШ № 1', '1', 'Педсовет', '', 'Выполнено', 'Нет документа', link, ''] },
    ]);
    expect(readQueueSheet([['чужие данные']]).ok).toBe(false);
    expect(readQueueSheet(null)).toEqual({ ok: true, rows: [] });
  });

  it('keys a row by its file (not the row in the link), № and measure', () => {
    const before = QUEUE_KEY_COLUMNS.map((c) => queueKeyOf(row(A, 'СОШ', 3, 'Педсовет ').cells[c]!, c));
    const moved = QUEUE_KEY_COLUMNS.map((c) => queueKeyOf(row(A, 'СОШ', 8, 'педсовет').cells[c]!, c));
    expect(moved).toEqual(before);
    const other = QUEUE_KEY_COLUMNS.map((c) => queueKeyOf(row(B, 'СОШ', 3, 'Педсовет').cells[c]!, c));
    expect(other).not.toEqual(before);
  });

  it('writes the deadline as a date and every column in the contract order', () => {
    const cells = queueCells(
      {
        fileId: A,
        school: 'СОШ',
        rowNumber: 3,
        number: '1',
        measure: 'M',
        due: { year: 2024, month: 3, day: 31 },
        status: 'Просрочено',
        reasons: 'Просрочено',
        rowLink: 'L',
        documentLink: '',
      },
      'Europe/Moscow',
    );
    expect(QUEUE_HEADERS).toEqual([
      'Школа',
      '№',
      'Мероприятие',
      'Срок (дата)',
      'Статус',
      'Что проверить',
      'Строка',
      'Документ',
    ]);
    expect(cells[QUEUE_COLUMN.due]).toEqual(new Date('2024-03-31T00:00:00+03:00'));
    expect(cells.slice(4)).toEqual(['Просрочено', 'Просрочено', 'L', '']);
  });

  it('knows the documents of files read earlier in the pass from their rows, not a failed check', () => {
    const withDoc = (fileId: string, doc: string, reasons: string): QueueRow => {
      const base = row(fileId, 'СОШ', 3, 'M');
      const cells = [...base.cells];
      cells[QUEUE_COLUMN.document] = `https://drive.google.com/open?id=${doc}`;
      cells[QUEUE_COLUMN.reasons] = reasons;
      return { fileId, cells };
    };
    const rows = [
      withDoc(A, '1TrashedDoc000001', `${reviewReasons.awaitingDecision}; ${reviewReasons.documentTrashed}`),
      withDoc(A, '1GoneDoc000000001', reviewMessages.unavailable),
      withDoc(A, '1PresentDoc000001', reviewReasons.awaitingDecision),
      withDoc(A, '1FailedDoc0000001', reviewMessages.notChecked),
      withDoc(B, '1OtherPass0000001', reviewReasons.awaitingDecision),
    ];
    const known = checksInQueue(rows, (fileId) => fileId === A);
    expect([...known]).toEqual([
      ['1TrashedDoc000001', { state: 'trashed', name: '' }],
      ['1GoneDoc000000001', { state: 'unavailable' }],
      ['1PresentDoc000001', { state: 'present', name: '' }],
    ]);
  });
});
