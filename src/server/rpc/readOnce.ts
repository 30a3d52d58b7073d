// The dashboard is one RPC made of parts that each read what they need; two parts that need the
// same thing must not pay twice («Статус ШНОР» and the chart both read «Результаты ОП», and every
// part that misses a sheet by its exact name lists the sheets to find it by a looser one). This
// view of the spreadsheet remembers, for one RPC, the sheets asked by name, the list of sheets and
// their names, and each sheet's data range, values and number formats: the dashboard writes
// nothing, so none of them can change under it.
import type { CellValue } from '../../core/cells/cellValue';
import { once } from '../platform/once';
import type { RangeLike, SheetLike, SpreadsheetLike } from '../platform/surface';

/** Methods bound to the real object: Apps Script's objects want themselves as `this`. */
function delegate<T extends object>(target: T, override: (property: string) => unknown): T {
  return new Proxy(target, {
    get(object, property) {
      const replaced = typeof property === 'string' ? override(property) : undefined;
      if (replaced !== undefined) return replaced;
      const value = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

class Memo {
  private readonly byName = new Map<string, SheetLike | null>();
  private readonly wrapped = new WeakMap<SheetLike, SheetLike>();
  private readonly ranges = new Map<string, RangeLike>();
  private listed: SheetLike[] | null = null;
  /** The sheets as getSheets gave them, before their names were needed. */
  private all: SheetLike[] | null = null;

  constructor(
    private readonly spreadsheet: SpreadsheetLike,
    private readonly lookups: number,
  ) {}

  sheets(): SheetLike[] {
    this.listed ??= (this.all ?? this.spreadsheet.getSheets()).map((sheet) => this.sheet(sheet));
    return this.listed;
  }

  sheetByName(name: string): SheetLike | null {
    if (this.lookups > 0 && this.all === null && this.listed === null) {
      // A workbook of no more sheets than the names to look up: naming each sheet once costs no
      // more than asking each name, and a missing sheet then needs no second pass over the names.
      this.all = this.spreadsheet.getSheets();
      if (this.all.length <= this.lookups) this.sheets();
    }
    if (!this.byName.has(name)) {
      // Once the sheets were listed (a part looked for a sheet by a looser name), the answer is
      // among them with its name already read: a miss by the exact name is a miss, and the caller
      // goes on to the loose match over the same list (io/sheetLookup.ts).
      const found = this.listed
        ? (this.listed.find((sheet) => sheet.getName() === name) ?? null)
        : this.spreadsheet.getSheetByName(name);
      // Found by its exact name, the sheet's values are keyed by that name: no getName call.
      this.byName.set(name, found ? this.sheet(found, this.listed ? null : name) : null);
    }
    return this.byName.get(name) ?? null;
  }

  /**
   * One view per sheet object; its values are keyed by its name, however it was found: the name
   * asked for when getSheetByName found it, else its own (read once, as a listing reads it anyway).
   */
  private sheet(sheet: SheetLike, askedName: string | null = null): SheetLike {
    const known = this.wrapped.get(sheet);
    if (known) return known;
    const name = once(() => sheet.getName());
    const key = (): string => askedName ?? name();
    const view = delegate(sheet, (property) => {
      if (property === 'getName') return name;
      if (property === 'getDataRange') return () => this.dataRange(sheet, key());
      return undefined;
    });
    this.wrapped.set(sheet, view);
    return view;
  }

  private dataRange(sheet: SheetLike, name: string): RangeLike {
    let range = this.ranges.get(name);
    if (!range) {
      const real = sheet.getDataRange();
      const values = once((): CellValue[][] => real.getValues());
      const formats = once((): string[][] => real.getNumberFormats());
      // A copy per caller: one part may not change what the next part reads.
      range = delegate(real, (property) => {
        if (property === 'getValues') return () => values().map((row) => [...row]);
        if (property === 'getNumberFormats') return () => formats().map((row) => [...row]);
        return undefined;
      });
      this.ranges.set(name, range);
    }
    return range;
  }
}

/**
 * A read-only view of the spreadsheet for one dashboard RPC: each read at most once. `lookups`:
 * how many sheet names the RPC may look up; a workbook with no more sheets than that is listed
 * with its names at the first lookup instead of being asked name by name (0: always by name).
 */
export function readingOnce(spreadsheet: SpreadsheetLike, lookups = 0): SpreadsheetLike {
  const memo = new Memo(spreadsheet, lookups);
  return delegate(spreadsheet, (property) => {
    if (property === 'getSheetByName') return (name: string) => memo.sheetByName(name);
    if (property === 'getSheets') return () => [...memo.sheets()];
    return undefined;
  });
}
