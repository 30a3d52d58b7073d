// The dashboard is one RPC made of parts that each read what they need; two parts that need the
// same sheet («Статус ШНОР» and the chart both read «Результаты ОП») must not cost two reads. This
// view of the spreadsheet remembers each sheet's data range, asked by name, for one RPC: the
// dashboard writes nothing, so the values cannot change under it.
import type { CellValue } from '../../core/cells/cellValue';
import type { RangeLike, SheetLike, SpreadsheetLike } from '../platform/surface';

type Memo = Map<string, CellValue[][]>;

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

function rangeOnce(range: RangeLike, memo: Memo, key: string): RangeLike {
  return delegate(range, (property) =>
    property === 'getValues'
      ? () => {
          let values = memo.get(key);
          if (!values) {
            values = range.getValues();
            memo.set(key, values);
          }
          // A copy per caller: one part may not change what the next part reads.
          return values.map((row) => [...row]);
        }
      : undefined,
  );
}

function sheetOnce(sheet: SheetLike, memo: Memo, key: string): SheetLike {
  return delegate(sheet, (property) =>
    property === 'getDataRange' ? () => rangeOnce(sheet.getDataRange(), memo, key) : undefined,
  );
}

/** A read-only view whose sheets found by name give each data range once. */
export function readingOnce(spreadsheet: SpreadsheetLike): SpreadsheetLike {
  const memo: Memo = new Map();
  return delegate(spreadsheet, (property) =>
    property === 'getSheetByName'
      ? (name: string) => {
          const sheet = spreadsheet.getSheetByName(name);
          return sheet ? sheetOnce(sheet, memo, name) : null;
        }
      : undefined,
  );
}
