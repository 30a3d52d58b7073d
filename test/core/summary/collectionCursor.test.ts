import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  passFor,
  readInPass,
  readStamp,
} from '../../../src/core/summary/collectionCursor';

const T = new Date('2024-11-20T09:00:00.000Z');
const plus = (ms: number): Date => new Date(T.getTime() + ms);

describe('the collection cursor', () => {
  it('round-trips through a document property far below its 9 KB limit', () => {
    const cursor = { folderId: 'x'.repeat(44), passStartedAt: T };
    const text = encodeCursor(cursor);
    expect(text.length).toBeLessThan(200);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it.each([null, '', 'not json', '{"v":2}', '{"v":1,"folderId":"a","passStartedAt":"вчера"}', '[]'])(
    'reads %j as no cursor: a new pass starts',
    (text) => {
      expect(decodeCursor(text)).toBeNull();
    },
  );

  it('continues the saved pass of the same folder and restarts for another folder or on request', () => {
    const saved = { folderId: 'folder-a', passStartedAt: T };
    expect(passFor(saved, 'folder-a', plus(60_000), false, T)).toEqual({ cursor: saved, resumed: true });
    expect(passFor(saved, 'folder-b', plus(60_000), false, T).resumed).toBe(false);
    expect(passFor(saved, 'folder-a', plus(60_000), true, T).resumed).toBe(false);
    expect(passFor(null, 'folder-a', plus(60_000), false, null).cursor).toEqual({
      folderId: 'folder-a',
      passStartedAt: plus(60_000),
    });
  });

  it('starts a new pass after the newest stamp in the sheet, so an old row never counts as read in it', () => {
    const { cursor } = passFor(null, 'f', T, false, T);
    expect(readInPass(T, cursor)).toBe(false);
    expect(readInPass(readStamp(T, cursor), cursor)).toBe(true);
  });

  it('ignores a stamp typed far into the future', () => {
    const { cursor } = passFor(null, 'f', T, false, new Date('2099-01-01'));
    expect(cursor.passStartedAt).toEqual(T);
  });

  it('counts a row stamped in the pass as read, whatever rounding Sheets applies to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -400, max: 400 }),
        (later, jitter) => {
          const { cursor } = passFor(null, 'f', T, false, null);
          const stamp = readStamp(plus(later), cursor);
          return readInPass(new Date(stamp.getTime() + jitter), cursor) && !readInPass(plus(-1000), cursor);
        },
      ),
    );
  });

  it('is not fooled by a cell that is not a date', () => {
    const cursor = { folderId: 'f', passStartedAt: T };
    for (const value of ['', '20.11.2024', 45000, true]) expect(readInPass(value, cursor)).toBe(false);
  });
});
