// The fake Drive refuses what Google refuses (issue 13 acceptance): a shared drive's items are
// invisible to a call that does not declare shared-drive support, as Drive v3 documents
// («Implement shared drive support»: supportsAllDrives on files.get/list, includeItemsFromAllDrives
// on files.list). So an adapter that forgets the flags fails here, not in a municipality's folder.
import { describe, expect, it } from 'vitest';
import { MIME } from '../../src/server/adapters/driveFolder';
import { FakeDrive } from './fakeDrive';

describe('FakeDrive and shared drives', () => {
  it('answers files.get for a shared drive item only with supportsAllDrives', () => {
    const drive = new FakeDrive();
    const doc = drive.addDocument('Протокол.pdf');
    drive.putOnSharedDrive(doc);
    expect(() => drive.drive.Files.get(doc, { fields: 'id,name' })).toThrow(/File not found/);
    expect(drive.drive.Files.get(doc, { fields: 'id,name', supportsAllDrives: true })).toEqual({
      id: doc,
      name: 'Протокол.pdf',
    });
  });

  it('lists a shared drive item only with supportsAllDrives and includeItemsFromAllDrives', () => {
    const drive = new FakeDrive();
    const folder = drive.addFolder('Школы');
    const file = drive.addFile(folder, 'СОШ 1', MIME.sheets);
    drive.putOnSharedDrive(file);
    const q = `'${folder}' in parents and trashed = false`;
    const names = (args: Record<string, unknown>) =>
      (drive.drive.Files.list({ q, fields: 'files(name)', ...args }).files ?? []).map((f) => f.name);
    expect(names({})).toEqual([]);
    expect(names({ supportsAllDrives: true })).toEqual([]);
    expect(names({ supportsAllDrives: true, includeItemsFromAllDrives: true })).toEqual(['СОШ 1']);
  });
});

describe('FakeDrive errors', () => {
  it('words a Sheets failure as the advanced service does, by the REST method’s name', () => {
    const drive = new FakeDrive();
    expect(() => drive.sheets.Spreadsheets.Values.batchGet('1NoSuchFile000', { ranges: ['A1'] })).toThrow(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    );
    expect(() => drive.sheets.Spreadsheets.get('1NoSuchFile000', {})).toThrow(
      'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    );
  });
});
