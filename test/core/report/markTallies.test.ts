import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { lowResultRule } from '../../../src/core/identification/lowResult';
import { readResultRecords } from '../../../src/core/identification/resultRecords';
import { Journal } from '../../../src/core/journal/journal';
import { markRates, readMarkTallies, sumMarkCounts } from '../../../src/core/report/markTallies';
import { locateTable } from '../../../src/core/table/locateTable';
import { RESULTS_SHEET } from '../../../src/core/template/sheets';

function table(rows: Record<string, CellValue>[], headers = RESULTS_SHEET.columns.map((c) => c.header)) {
  const keys = headers.map((h) => RESULTS_SHEET.columns.find((c) => c.header === h)!.key);
  const located = locateTable([headers, ...rows.map((r) => keys.map((k) => r[k] ?? ''))], RESULTS_SHEET);
  if (!located.found) throw new Error('no header');
  return located.table;
}

const base = { school: 'МБОУ СОШ № 1', year: 2024, procedure: 'ОГЭ математика' };

describe('ОУ, КУ, СОУ from «Получили «2»/«3»/«4»/«5»»', () => {
  it('sums the rows and gives the rates of markCounts', () => {
    const t = table([
      { ...base, participants: 20, failed: 2, marks3: 8, marks4: 6, marks5: 4 },
      { ...base, school: 'МБОУ СОШ № 2', participants: 10, failed: 1, marks3: 4, marks4: 3, marks5: 2 },
    ]);
    const records = readResultRecords(t, lowResultRule(0.3, 1), new Journal()).records;
    const counts = sumMarkCounts(records, readMarkTallies(t))!;
    expect(counts).toEqual({ n5: 6, n4: 9, n3: 12, n2: 3, nNa: 0 });
    const rates = markRates(counts);
    expect(rates.participants).toBe(30);
    expect(rates.success).toBeCloseTo(27 / 30, 12);
    expect(rates.quality).toBeCloseTo(15 / 30, 12);
    expect(rates.degree).toBeCloseTo((6 * 100 + 9 * 64 + 12 * 36 + 3 * 16) / 3000, 12);
  });

  it('gives no rates when a row lacks a mark count, or the columns are absent', () => {
    const t = table([
      { ...base, participants: 20, failed: 2, marks3: 8, marks4: 6, marks5: 4 },
      { ...base, school: 'МБОУ СОШ № 2', participants: 10, failed: 1, marks3: 4, marks4: '', marks5: 2 },
    ]);
    const records = readResultRecords(t, lowResultRule(0.3, 1), new Journal()).records;
    expect(sumMarkCounts(records, readMarkTallies(t))).toBeNull();
    expect(sumMarkCounts(records.slice(0, 1), readMarkTallies(t))).not.toBeNull();
    const without = table(
      [{ ...base, participants: 20, failed: 2 }],
      ['Школа', 'Год', 'Процедура', 'Участников', 'Получили «2»'],
    );
    expect(readMarkTallies(without).size).toBe(0);
    expect(sumMarkCounts([], new Map())).toBeNull();
  });
});
