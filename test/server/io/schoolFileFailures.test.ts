// «Сводка» → «Ошибка» of a school file that Google failed to read: a Russian reason by kind with
// the right step, never Google's English or a TypeError; the original goes to the Executions log.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureMessages } from '../../../src/core/messages/failures';
import { summaryMessages as m } from '../../../src/core/messages/summary';
import { createDriveFolderPort, type SheetsServiceLike } from '../../../src/server/adapters/driveFolder';
import { readSchool } from '../../../src/server/io/schoolFile';
import { FakeDrive } from '../../fakes/fakeDrive';
import { schoolWorkbook } from '../../fakes/fakeSchoolWorkbook';
import { hasNoEnglish } from '../oneSentence';

const VIEW = { reportDate: { year: 2024, month: 11, day: 20 }, timeZone: 'Europe/Moscow' };
const STAMP = new Date('2024-11-20T09:00:00+03:00');

/** A Drive with one school whose batchGet fails as given. */
function failingRead(fail: () => never) {
  const drive = new FakeDrive();
  const folderId = drive.addFolder('Школы');
  const id = drive.addWorkbook(
    folderId,
    schoolWorkbook({ school: 'МБОУ СОШ № 4', fileName: 'СОШ 4', id: 'school-0004-abcdefghij' }),
  );
  const sheets: SheetsServiceLike = {
    Spreadsheets: { get: drive.sheets.Spreadsheets.get, Values: { batchGet: () => fail() } },
  };
  const port = createDriveFolderPort({ drive: drive.drive, sheets });
  return { port, file: { id, name: 'СОШ 4', kind: 'sheets' as const } };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readSchool: a failed read is the file’s «Ошибка» in Russian', () => {
  const google = (text: string) => (): never => {
    throw new Error(
      `GoogleJsonResponseException: API call to sheets.spreadsheets.values.batchGet failed with error: ${text}`,
    );
  };
  it.each([
    ['Internal Error', google('Internal Error'), failureMessages.file('temporary')],
    ['Backend Error', google('Backend Error'), failureMessages.file('temporary')],
    ['a permission error', google('The caller does not have permission'), m.noAccess],
    ['a deleted file', google('Requested entity was not found.'), failureMessages.file('gone')],
    [
      'a response without the fields read (TypeError)',
      (): never => {
        throw new TypeError("Cannot read properties of undefined (reading 'valueRanges')");
      },
      failureMessages.file('other'),
    ],
  ])('%s', (_name, fail, expected) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { port, file } = failingRead(fail);
    const { entry } = readSchool(port, file, VIEW, STAMP);
    expect(entry.error).toBe(expected);
    expect(hasNoEnglish(entry.error)).toBe(true);
    expect(entry.error).not.toMatch(/TypeError|Exception|Internal|Cannot read/);
    expect(errors).toHaveBeenCalled();
    expect(errors.mock.calls.flat().join(' ')).toMatch(
      /Internal Error|Backend Error|permission|not found|valueRanges/,
    );
  });

  it('a temporary failure tells to refresh again, a permission one to ask the school, a gone file to check it', () => {
    expect(failureMessages.file('temporary')).toContain('обновите сводку ещё раз');
    expect(m.noAccess).toContain('попросите школу открыть');
    expect(failureMessages.file('gone')).toContain('не найден');
    expect(failureMessages.file('gone')).not.toBe(m.noAccess);
  });

  it('a quota answer still escapes, so that the run waits and reads the file again', () => {
    const { port, file } = failingRead(google("Quota exceeded for quota metric 'Read requests'"));
    expect(() => readSchool(port, file, VIEW, STAMP)).toThrow(/Quota/);
  });
});
