// The Drive/Sheets port's evidence check and listing against stub services that answer as Google
// does: only the fields asked for, errors as the advanced services word them.
import { describe, expect, it } from 'vitest';
import {
  createDriveFolderPort,
  type DriveFileLike,
  type DriveServiceLike,
  MIME,
  type SheetsServiceLike,
} from '../../../src/server/adapters/driveFolder';
import { SpreadsheetReadError } from '../../../src/server/platform/spreadsheetReadError';

function driveAnswering(get: (id: string, args: Record<string, unknown>) => DriveFileLike): {
  drive: DriveServiceLike;
  asked: Record<string, unknown>[];
} {
  const asked: Record<string, unknown>[] = [];
  return {
    asked,
    drive: {
      Files: {
        get: (id, args) => {
          asked.push(args);
          return get(id, args);
        },
        list: (args) => {
          asked.push(args);
          return {
            files: [
              {
                id: '1SchoolFile0001',
                name: 'СОШ 1',
                mimeType: MIME.sheets,
                modifiedTime: '2024-10-11T08:15:00.000Z',
                lastModifyingUser: { displayName: 'Петрова А. В.' },
              },
              {
                id: '1Shortcut00001',
                name: 'Ярлык СОШ 2',
                mimeType: MIME.shortcut,
                modifiedTime: '2024-11-19T08:15:00.000Z',
                shortcutDetails: { targetId: '1SchoolFile0002', targetMimeType: MIME.sheets },
              },
            ],
          };
        },
      },
    },
  };
}

const failing = (message: string) => () => {
  throw new Error(`API call to drive.files.get failed with error: ${message}`);
};

describe('checkDocument (Drive files.get, metadata only)', () => {
  it('asks for id, name, trashed and mimeType on every drive, and tells present from trashed', () => {
    const { drive, asked } = driveAnswering((id) => ({
      id,
      name: 'Протокол.pdf',
      trashed: id === '1Trashed000',
    }));
    const port = createDriveFolderPort({ drive });
    expect(port.checkDocument('1Present000')).toEqual({ state: 'present', name: 'Протокол.pdf' });
    expect(port.checkDocument('1Trashed000')).toEqual({ state: 'trashed', name: 'Протокол.pdf' });
    expect(asked[0]).toEqual({ fields: 'id,name,trashed,mimeType', supportsAllDrives: true });
    expect(JSON.stringify(asked)).not.toMatch(/alt|media|export/);
  });

  it.each([
    ['File not found: 1Gone000000.', 'unavailable'],
    ['The user does not have sufficient permissions for file 1Closed0000.', 'unavailable'],
    ['Internal Error', 'failed'],
    ['User rate limit exceeded.', 'failed'],
  ])('«%s» → %s', (message, state) => {
    const port = createDriveFolderPort({ drive: driveAnswering(failing(message)).drive });
    expect(port.checkDocument('1Document00').state).toBe(state);
  });

  it('stops the run when the scope is missing, rather than call every document unavailable', () => {
    const port = createDriveFolderPort({
      drive: driveAnswering(failing('Request had insufficient authentication scopes.')).drive,
    });
    expect(() => port.checkDocument('1Document00')).toThrow(SpreadsheetReadError);
  });
});

describe('the folder listing and the sheet list', () => {
  it('gives Drive’s last modification and who made it; a shortcut’s own time is not the school’s', () => {
    const { drive, asked } = driveAnswering(() => ({}));
    const files = createDriveFolderPort({ drive }).listSpreadsheets('1FolderId000');
    expect(String(asked[0]!.fields)).toContain('modifiedTime,lastModifyingUser(displayName)');
    expect(files).toEqual([
      {
        id: '1SchoolFile0001',
        name: 'СОШ 1',
        kind: 'sheets',
        modifiedAt: new Date('2024-10-11T08:15:00.000Z'),
        modifiedBy: 'Петрова А. В.',
      },
      { id: '1SchoolFile0002', name: 'Ярлык СОШ 2', kind: 'sheets', modifiedAt: null, modifiedBy: '' },
    ]);
  });

  it('returns each sheet’s id with its title from the same spreadsheets.get', () => {
    const asked: Record<string, unknown>[] = [];
    const sheets: SheetsServiceLike = {
      Spreadsheets: {
        get: (_id, args) => {
          asked.push(args);
          return {
            sheets: [
              { properties: { title: 'Настройки', sheetId: 0 } },
              { properties: { title: 'Дорожная карта', sheetId: 1864302291 } },
              { properties: { title: 'Странный', sheetId: -1 } },
            ],
          };
        },
        Values: { batchGet: () => ({}) },
      },
    };
    const titles = createDriveFolderPort({ sheets }).sheetTitles('1SchoolFile0001');
    expect(asked).toEqual([{ fields: 'sheets.properties(title,sheetId)' }]);
    expect(titles).toEqual([
      { title: 'Настройки', sheetId: 0 },
      { title: 'Дорожная карта', sheetId: 1864302291 },
      { title: 'Странный', sheetId: null },
    ]);
  });

  it('gives one sheet’s id and the links behind a column’s text from one ranged spreadsheets.get', () => {
    const asked: Record<string, unknown>[] = [];
    const sheets: SheetsServiceLike = {
      Spreadsheets: {
        get: (_id, args) => {
          asked.push(args);
          return {
            sheets: [
              {
                properties: { title: 'Дорожная карта', sheetId: 77 },
                data: [
                  {
                    startRow: 2,
                    rowData: [
                      { values: [{ hyperlink: 'https://drive.google.com/file/d/1Linked00001' }] },
                      {},
                      { values: [{}] },
                    ],
                  },
                ],
              },
            ],
          };
        },
        Values: { batchGet: () => ({}) },
      },
    };
    const port = createDriveFolderPort({ sheets });
    const found = port.sheetLinks('1SchoolFile0001', 'Дорожная карта', {
      column: 8,
      firstRow: 3,
      lastRow: 5,
    });
    expect(asked[0]).toEqual({
      ranges: ["'Дорожная карта'!I3:I5"],
      fields:
        'sheets(properties(sheetId,title),data(startRow,rowData(values(hyperlink,' +
        'chipRuns(chip(richLinkProperties(uri))),textFormatRuns(format(link(uri)))))))',
    });
    expect(found).toEqual({
      sheetId: 77,
      links: new Map([[3, 'https://drive.google.com/file/d/1Linked00001']]),
    });
    port.sheetLinks('1SchoolFile0001', 'Дорожная карта', null);
    expect(asked[1]).toEqual({ ranges: ["'Дорожная карта'!A1"], fields: 'sheets.properties(sheetId,title)' });
  });
});
