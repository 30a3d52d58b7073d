// «Сформировать справку», municipal, over 300 schools × 9 procedures × 3 years (ENGINEERING.md:
// every sheet read once, the Doc built in O(blocks) calls, never O(cells); < 3 s in Node).

import { MUNICIPAL_SETTINGS } from '../dev/sample/municipalWorkbook';
import { RESULTS_SHEET, SETTINGS_SHEET } from '../src/core/template/sheets';
import { buildReportAction } from '../src/server/actions/buildReport';
import { createTemplate } from '../src/server/actions/createTemplate';
import { createFakeContext } from '../test/fakes/fakeContext';
import { type FakeSheet, FakeSpreadsheet } from '../test/fakes/fakeSpreadsheet';
import type { BenchRow } from './benchKit';
import { bigResults } from './identification.bench';

const SCHOOLS = 300;
const TIME_BUDGET_MS = 3000;

/** Docs calls per block at most: a table costs appendTable, getRow, editAsText, setBold. */
const CALLS_PER_BLOCK = 6;

/** Counts getValues per sheet, whichever range it is read through. */
function countReadsBySheet(workbook: FakeSpreadsheet): Map<string, number> {
  const reads = new Map<string, number>();
  for (const sheet of workbook.sheets) {
    const name = sheet.getNameUncounted();
    for (const method of ['getDataRange', 'getRange'] as const) {
      const original = sheet[method].bind(sheet) as (
        ...args: unknown[]
      ) => ReturnType<FakeSheet['getDataRange']>;
      (sheet as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const range = original(...args);
        return new Proxy(range, {
          get(target, property, receiver) {
            if (property === 'getValues') reads.set(name, (reads.get(name) ?? 0) + 1);
            return Reflect.get(target, property, receiver);
          },
        });
      };
    }
  }
  return reads;
}

export function run(): BenchRow[] {
  const workbook = new FakeSpreadsheet('Муниципалитет', 'bench-municipal');
  createTemplate(createFakeContext(workbook));
  workbook.sheet(SETTINGS_SHEET.name).load(MUNICIPAL_SETTINGS.map((row) => [...row]));
  workbook.sheet(RESULTS_SHEET.name).load(bigResults(SCHOOLS));
  const context = createFakeContext(workbook, new Date('2024-12-23T09:00:00+03:00'));
  buildReportAction(context);
  const readsBySheet = countReadsBySheet(workbook);
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
  const mostReads = Math.max(0, ...readsBySheet.values());
  return [
    {
      work: `Сформировать справку, municipal, ${SCHOOLS} schools × 9 × 3 (Node)`,
      measured: result.ok ? `${ms.toFixed(0)} ms` : `failed: ${result.message}`,
      budget: `< ${TIME_BUDGET_MS} ms`,
      ok: result.ok && ms < TIME_BUDGET_MS,
    },
    {
      work: 'Сформировать справку: sheet reads (getValues)',
      measured: `${reads} reads of ${readsBySheet.size} sheets, at most ${mostReads} of one`,
      budget: '1 per sheet',
      ok: mostReads === 1 && reads === readsBySheet.size,
    },
    {
      work: 'Сформировать справку: DocumentApp calls',
      measured: `${docCalls} for ${elements.length} elements, ${cells} table cells`,
      budget: `≤ ${CALLS_PER_BLOCK} per element`,
      ok: elements.length > 0 && docCalls <= CALLS_PER_BLOCK * elements.length,
    },
  ];
}
