// Issue 12's «Done when», through the built dist/Code.js the way a user gets a справка: the menu
// actions fill the sheets, «Сформировать справку» writes the Doc, and the Doc read back from the fake
// DocumentApp must say what the sheets say — for the sample school and for a district shaped like
// seed 002_… (8 → 1 schools over 2020–2024, no 2021 in the data). PRODUCT.md §11.
import { describe, expect, it } from 'vitest';
import { buildMunicipalWorkbook } from '../../dev/sample/municipalWorkbook';
import { buildSchoolWorkbook } from '../../dev/sample/schoolWorkbook';
import { SAMPLE_SCHOOL } from '../../dev/sample/settings';
import type { CellValue } from '../../src/core/cells/cellValue';
import { cellText } from '../../src/core/text/normalize';
import type { FakeBodyElement, FakeDocument } from '../fakes/fakeDocumentApp';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import type { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import { distHtmlLoader, readDist } from './builtArtefact';

const code = readDist('Code.js');

const SECTIONS = [
  'Выявление ШНОР',
  'Образовательные результаты',
  'Кластер ФИОКО',
  'Рисковый профиль',
  'Реализация дорожной карты',
  'Целевые показатели',
  'Выводы',
  'Рекомендации',
  'Решили:',
  'Источники',
];

const WORKBOOKS = [
  ['the sample school', buildSchoolWorkbook, new Date('2024-11-20T09:00:00+03:00')],
  ['the district shaped like seed 002_…', buildMunicipalWorkbook, new Date('2024-12-23T09:00:00+03:00')],
] as const;

/** The menu actions that fill the sheets, then the справка; the Doc and the sheets it came from. */
function generate(
  spreadsheet: FakeSpreadsheet,
  now: Date,
): { doc: FakeDocument; sheet: (name: string) => CellValue[][] } {
  const fake = createFakeGlobals({ spreadsheet, htmlLoader: distHtmlLoader });
  const sandbox = runInSandbox(code, fake.globals, { now: () => now });
  sandbox.call('menuRecalculateAll');
  sandbox.call('menuBuildReport');
  expect(fake.documentApp.documents).toHaveLength(1);
  return { doc: fake.documentApp.documents[0]!, sheet: (name) => spreadsheet.sheet(name).values() };
}

const paragraphs = (elements: readonly FakeBodyElement[]) =>
  elements.flatMap((e) => (e.kind === 'paragraph' ? [e] : []));
const tables = (elements: readonly FakeBodyElement[]) =>
  elements.flatMap((e) => (e.kind === 'table' ? [e] : []));

/** A sheet's rows under its header row (found by its first header), blank rows dropped. */
function rowsUnder(grid: CellValue[][], firstHeader: string): { header: string[]; rows: CellValue[][] } {
  const at = grid.findIndex((row) => cellText(row[0]) === firstHeader);
  const header = grid[at]!.map(cellText);
  return { header, rows: grid.slice(at + 1).filter((row) => row.some((c) => cellText(c) !== '')) };
}

describe.each(WORKBOOKS)('the справка of %s, through the bundle', (_name, workbook, now) => {
  const { doc, sheet } = generate(workbook(), now);
  const elements = doc.body.elements;

  it('opens with the draft mark and has every section of §11 in order (a missing one as its one line)', () => {
    expect(elements[0]).toMatchObject({ kind: 'paragraph', text: 'ЧЕРНОВИК — проверьте и утвердите' });
    const seen = paragraphs(elements).flatMap((p) => {
      if (p.heading === 'HEADING2') return [p.text];
      // A section left out is one muted line naming it: «Раздел «Рисковый профиль» не сформирован…».
      const missing = SECTIONS.find(
        (s) => p.style.italic && p.text.includes(`«${s}»`) && p.text.includes('не сформирован'),
      );
      return missing ? [missing] : [];
    });
    expect(seen).toEqual(SECTIONS);
  });

  it('has the «ШНОР по годам» that «Выявить ШНОР» wrote, every year of the data, and the count sentence', () => {
    const written = sheet('ШНОР по годам')
      .map((row) => row.map(cellText))
      .filter((row) => row.some((c) => c !== ''));
    const years = written[0]!.filter((h) => /^\d{4} год$/.test(h));
    const school = doc.name.includes(SAMPLE_SCHOOL);
    // The school's справка has its own line of the sheet, one row a year; the district's the sheet.
    const table = tables(elements).find((t) =>
      school
        ? t.cells[0]![1] === 'В списке ШНОР'
        : years.every((y) => t.cells[0]!.includes(y)) && t.cells[0]![0] === '№',
    );
    if (!table) throw new Error('no «ШНОР по годам» table');
    if (school) {
      expect(table.cells.slice(1).map((r) => r[0])).toEqual(years);
      const named = years.map((y) => written.some((row) => row[written[0]!.indexOf(y)] === SAMPLE_SCHOOL));
      expect(table.cells.slice(1).map((r) => r[1] === 'Да')).toEqual(named);
    } else {
      expect(years).toEqual(['2020 год', '2022 год', '2023 год', '2024 год']);
      expect(table.cells).toEqual(written.map((row) => row.slice(0, table.cells[0]!.length)));
      const totals = written.find((row) => row[0] === 'Всего')!;
      const counts = years.map((y) => `в ${y.slice(0, 4)} году — ${totals[written[0]!.indexOf(y)]}`);
      expect(paragraphs(elements).map((p) => p.text)).toContain(`Число ШНОР по годам: ${counts.join(', ')}.`);
      expect(counts[0]).toBe('в 2020 году — 8');
      expect(counts.at(-1)).toBe('в 2024 году — 1');
    }
  });

  it('counts the roadmap exactly as the «Статус» column «Обновить статусы» wrote', () => {
    const { header, rows } = rowsUnder(sheet('Дорожная карта'), '№');
    const statuses = rows.map((r) => cellText(r[header.indexOf('Статус')])).filter((s) => s !== '');
    const count = (status: string) => statuses.filter((s) => s === status).length;
    const sentence = paragraphs(elements).find((p) => p.text.includes('в дорожной карте'))?.text ?? '';
    expect(sentence).toContain(
      `выполнено в срок — ${count('Выполнено')}, выполнено с опозданием — ${count('Выполнено с опозданием')}, просрочено — ${count('Просрочено')}, срок истекает — ${count('Срок истекает')}, в работе — ${count('В работе')}, срок не определён — ${count('Срок не определён')}`,
    );
    const overdue = tables(elements).find((t) => t.cells[0]!.includes('Ответственный'))!;
    expect(overdue.cells.length - 1).toBe(count('Просрочено'));
    const done = tables(elements).find((t) => t.cells[0]!.includes('Дата выполнения'))!;
    expect(done.cells.length - 1).toBe(count('Выполнено') + count('Выполнено с опозданием'));
  });

  it('gives each target the progress and status «Обновить статусы» wrote', () => {
    const { header, rows } = rowsUnder(sheet('Целевые показатели'), 'Показатель');
    const table = tables(elements).find((t) => t.cells[0]![0] === 'Показатель')!;
    expect(table.cells[0]).toEqual([
      'Показатель',
      'Ед. измерения',
      'Базовое значение',
      'План',
      'Факт',
      'Прогресс, %',
      'Статус',
    ]);
    expect(table.cells.slice(1).map((r) => [r[0], r[6]])).toEqual(
      rows.map((r) => [cellText(r[header.indexOf('Показатель')]), cellText(r[header.indexOf('Статус')])]),
    );
    const progress = rows.map((r) => r[header.indexOf('Прогресс, %')]);
    table.cells.slice(1).forEach((r, i) => {
      const written = progress[i];
      if (typeof written !== 'number') {
        expect(r[5]).toBe('—');
        return;
      }
      expect(Number(r[5]!.replace(/\s*%$/, '').replace(',', '.').replace('−', '-'))).toBeCloseTo(
        written * 100,
        1,
      );
    });
  });

  it('ends «Решили:» with five blank lines numbered as one list', () => {
    const at = elements.findIndex((e) => e.kind === 'paragraph' && e.text === 'Решили:');
    const items = elements.slice(at + 1, at + 6);
    expect(items.every((e) => e.kind === 'listItem' && e.glyphType === 'NUMBER' && /^_+$/.test(e.text))).toBe(
      true,
    );
    expect(new Set(items.map((e) => e.kind === 'listItem' && e.listId)).size).toBe(1);
    expect(elements[at + 6]).toMatchObject({ kind: 'paragraph', text: 'Источники' });
  });
});

describe('text from the cells, through the bundle', () => {
  it('a school named <b>=1+1</b> is in the Doc and its tables literally', () => {
    const hostile = '<b>=1+1</b>';
    const spreadsheet = buildSchoolWorkbook();
    for (const name of ['Настройки', 'Результаты ОП']) {
      const s = spreadsheet.sheet(name);
      s.load(s.values().map((row) => row.map((cell) => (cell === SAMPLE_SCHOOL ? hostile : cell))));
    }
    const { doc } = generate(spreadsheet, new Date('2024-11-20T09:00:00+03:00'));
    expect(doc.name).toContain(hostile);
    expect(paragraphs(doc.body.elements).some((p) => p.text.includes(`в ${hostile} (`))).toBe(true);
    expect(doc.body.getText()).not.toContain('&lt;');
  });
});
