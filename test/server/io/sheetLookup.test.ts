import { describe, expect, it } from 'vitest';
import { findSheet } from '../../../src/server/io/sheetLookup';
import { readGrid } from '../../../src/server/io/tables';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

function workbook(names: readonly string[]): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  for (const name of names) spreadsheet.addSheet(name, [[name]]);
  spreadsheet.calls.reset();
  return spreadsheet;
}

describe('findSheet: the school side’s one lookup of a template sheet', () => {
  it.each<{ names: string[]; name: string; found: string | null; calls: number }>([
    // The exact name: one call, as before.
    { names: ['Настройки', 'Дорожная карта'], name: 'Дорожная карта', found: 'Дорожная карта', calls: 1 },
    // A looser spelling: one more call to list the sheets and one per sheet for its name.
    { names: ['Настройки', 'Дорожная  карта'], name: 'Дорожная карта', found: 'Дорожная  карта', calls: 4 },
    { names: ['ДОРОЖНАЯ КАРТА'], name: 'Дорожная карта', found: 'ДОРОЖНАЯ КАРТА', calls: 3 },
    { names: ['Настройки'], name: 'Кластеры', found: null, calls: 3 },
    { names: ['Рисковый профиль — итог'], name: 'Рисковый профиль', found: null, calls: 3 },
  ])('$name among $names → $found in $calls calls', ({ names, name, found, calls }) => {
    const spreadsheet = workbook(names);
    expect(findSheet(spreadsheet, name)?.getName() ?? null).toBe(found);
    // The assertion's own getName is one call when a sheet is found.
    expect(spreadsheet.calls.total).toBe(calls + (found === null ? 0 : 1));
  });

  it('readGrid reads the loosely named sheet', () => {
    const spreadsheet = workbook(['целевые  показатели']);
    expect(readGrid(spreadsheet, 'Целевые показатели')?.grid).toEqual([['целевые  показатели']]);
  });
});
