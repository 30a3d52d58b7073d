// Acceptance (issue 13): evidence a school links as a smart chip (Insert → @ file, or a pasted
// Drive link turned into a chip — the cell then shows the file's name) or on part of its text is
// read from the same ranged spreadsheets.get as the sheet id, so it is checked on Drive rather
// than called «Ссылка не на файл Google Диска». Shapes as Sheets v4 CellData gives them:
// chipRuns[].chip.richLinkProperties.uri, textFormatRuns[].format.link.uri.
import { describe, expect, it } from 'vitest';
import { createDriveFolderPort, type LinkedCell } from '../../../src/server/adapters/driveFolder';

function linksOf(cells: readonly (LinkedCell | undefined)[]): ReadonlyMap<number, string> {
  const port = createDriveFolderPort({
    sheets: {
      Spreadsheets: {
        get: () => ({
          sheets: [
            {
              properties: { title: 'Дорожная карта', sheetId: 5 },
              data: [{ startRow: 1, rowData: cells.map((cell) => (cell ? { values: [cell] } : {})) }],
            },
          ],
        }),
        Values: { batchGet: () => ({}) },
      },
    },
  });
  return port.sheetLinks('1SchoolFile0001', 'Дорожная карта', {
    column: 8,
    firstRow: 2,
    lastRow: 1 + cells.length,
  }).links;
}

describe('links behind a cell: chips and partial links', () => {
  it('reads a file chip’s Drive link', () => {
    const chip: LinkedCell = {
      chipRuns: [
        { chip: { richLinkProperties: { uri: 'https://drive.google.com/file/d/1ChipFile0001/view' } } },
      ],
    };
    expect(linksOf([chip])).toEqual(new Map([[2, 'https://drive.google.com/file/d/1ChipFile0001/view']]));
  });

  it('reads a link on part of the text, and prefers a Drive link to another site’s', () => {
    const partial: LinkedCell = {
      textFormatRuns: [
        { format: {} },
        { format: { link: { uri: 'https://school7.edu.ru/p.pdf' } } },
        { format: { link: { uri: 'https://docs.google.com/document/d/1PartLink0001/edit' } } },
      ],
    };
    const plain: LinkedCell = { hyperlink: 'https://school7.edu.ru/p.pdf' };
    expect(linksOf([partial, undefined, plain, {}])).toEqual(
      new Map([
        [2, 'https://docs.google.com/document/d/1PartLink0001/edit'],
        [4, 'https://school7.edu.ru/p.pdf'],
      ]),
    );
  });
});
