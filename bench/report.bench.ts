// «Сформировать справку», municipal, over 300 schools × 9 procedures × 3 years (ENGINEERING.md:
// every sheet read once, the Doc built in O(blocks) calls, never O(cells); < 3 s in Node).

import { MUNICIPAL_SETTINGS } from '../dev/sample/municipalWorkbook';
import { RESULTS_SHEET, SETTINGS_SHEET } from '../src/core/template/sheets';
import { buildReportAction } from '../src/server/actions/buildReport';
import { createTemplate } from '../src/server/actions/createTemplate';
import { createFakeContext } from '../test/fakes/fakeContext';
import { FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';
import type { BenchRow } from './benchKit';
import { bigResults } from './identification.bench';

const SCHOOLS = 300;
const TIME_BUDGET_MS = 3000;

/** Docs calls per block at most: a table costs appendTable, getRow, editAsText, setBold. */
const CALLS_PER_BLOCK = 6;

export function run(): BenchRow[] {
  const workbook = new FakeSpreadsheet('Муниципалитет', 'bench-municipal');
  createTemplate(createFakeContext(workbook));
  workbook.sheet(SETTINGS_SHEET.name).load(MUNICIPAL_SETTINGS.map((row) => [...row]));
  workbook.sheet(RESULTS_SHEET.name).load(bigResults(SCHOOLS));
  const context = createFakeContext(workbook, new Date('2024-12-23T09:00:00+03:00'));
  buildReportAction(context);
  workbook.calls.reset();
  const start = performance.now();
  const result = buildReportAction(context);
  const ms = performance.now() - start;
  const document = context.documentApp.documents.at(-1);
  const elements = document?.body.elements ?? [];
  const cells = elements.reduce(
    (n, e) => n + (e.kind === 'table' ? e.cells.length * (e.cells[0]?.length ?? 0) : 0),
    0,
  );
  const docCalls = workbook.calls.countMatching(
    /^(DocumentApp|Document|Body|Paragraph|Text|Table|TableRow|ListItem|InlineImage|Element)\./,
  );
  const reads = workbook.calls.count('Range.getValues');
  const sheets = workbook.sheets.length;
  return [
    {
      work: `Сформировать справку, municipal, ${SCHOOLS} schools × 9 × 3 (Node)`,
      measured: result.ok ? `${ms.toFixed(0)} ms` : `failed: ${result.message}`,
      budget: `< ${TIME_BUDGET_MS} ms`,
      ok: result.ok && ms < TIME_BUDGET_MS,
    },
    {
      work: 'Сформировать справку: sheet reads (getValues)',
      measured: `${reads} for ${sheets} sheets`,
      budget: '≤ 1 per sheet',
      ok: reads <= sheets,
    },
    {
      work: 'Сформировать справку: DocumentApp calls',
      measured: `${docCalls} for ${elements.length} elements, ${cells} table cells`,
      budget: `≤ ${CALLS_PER_BLOCK} per element`,
      ok: elements.length > 0 && docCalls <= CALLS_PER_BLOCK * elements.length,
    },
  ];
}
