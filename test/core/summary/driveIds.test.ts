import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDriveId, spreadsheetUrl } from '../../../src/core/summary/driveIds';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-012';

describe('parseDriveId', () => {
  it.each([
    [ID, ID],
    [`  ${ID}  `, ID],
    [`https://drive.google.com/drive/folders/${ID}`, ID],
    [`https://drive.google.com/drive/folders/${ID}?usp=sharing`, ID],
    [`https://drive.google.com/drive/u/0/folders/${ID}`, ID],
    [`https://drive.google.com/open?id=${ID}`, ID],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, ID],
    [`https://drive.google.com/file/d/${ID}/view`, ID],
    ['', null],
    ['папка у Ивановой', null],
    ['https://drive.google.com/drive/my-drive', null],
    ["1AbC' or name contains 'x", null],
  ])('%j → %j', (text, id) => {
    expect(parseDriveId(text)).toBe(id);
  });

  it('never returns anything but Drive id characters, so the id is safe inside a Drive query', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const id = parseDriveId(text);
        return id === null || /^[A-Za-z0-9_-]{10,}$/.test(id);
      }),
    );
  });

  it('reads back the id of the link it writes into «Файл»', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{10,60}$/),
        (id) => parseDriveId(spreadsheetUrl(id)) === id,
      ),
    );
  });
});
