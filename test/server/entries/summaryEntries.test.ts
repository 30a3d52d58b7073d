// The curator's «Done when» (issue 7) on the built add-on: the preview's curator sample run through
// dist/Code.js with fake Apps Script globals and the fake Drive folder behind the advanced services.
import { describe, expect, it } from 'vitest';
import { CURATOR_SAMPLE } from '../../../dev/sample/curator';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { reviewReasons as r, reviewMessages } from '../../../src/core/messages/review';
import { summaryMessages as m } from '../../../src/core/messages/summary';
import { QUEUE_COLUMN, QUEUE_HEADERS } from '../../../src/core/review/queueSheet';
import { SUMMARY_HEADERS } from '../../../src/core/summary/summaryEntry';
import type { FolderSummaryProgressDto } from '../../../src/shared/api';
import { readDist } from '../../bundle/builtArtefact';
import { createFakeGlobals, runInSandbox } from '../../fakes/fakeGlobals';

const code = readDist('Code.js');
const NOW = new Date('2024-11-20T12:00:00+03:00');

function load() {
  const sample = CURATOR_SAMPLE.create();
  const fake = createFakeGlobals({ spreadsheet: sample.spreadsheet, extra: sample.extraGlobals });
  const sandbox = runInSandbox(code, fake.globals, { now: () => NOW });
  return { fake, sandbox, curator: sample.spreadsheet };
}

const col = (header: string): number => SUMMARY_HEADERS.indexOf(header);

describe('the curator sample through the built add-on', () => {
  it('fills «Сводка» with one click, keeps the notes added after it on the second, and the hostile file stays text', () => {
    const { sandbox, curator, fake } = load();
    sandbox.call('menuRefreshFolderSummary');

    const sheet = curator.sheet('Сводка');
    const first = sheet.values();
    expect(first[0]).toEqual(SUMMARY_HEADERS);
    expect(first).toHaveLength(1 + 11);
    const bySchool = (name: string): CellValue[] => sheet.values().find((row) => row[0] === name)!;
    expect(bySchool('МБОУ СОШ № 2')[col('ШНОР')]).toBe('Да');
    expect(bySchool('МБОУ ООШ № 8')[col('ШНОР')]).toBe('Нет');
    expect(bySchool('Бюджет школ 2024')[col('Ошибка')]).toBe(m.notTemplate);
    expect(bySchool('СОШ № 21')[col('Ошибка')]).toBe(m.noAccess);
    expect(bySchool('СОШ № 27 (выгрузка).xlsx')[col('Ошибка')]).toBe(m.excelFile);
    expect(bySchool('<img src=x onerror=alert(1)>')).toBeDefined();
    expect(sheet.formulas()).toEqual({});
    expect(fake.spreadsheet.toasts.at(-1)).toContain('Сводка обновлена: прочитано файлов: 8 из 11');

    const withNotes = sheet
      .values()
      .map((row, i) => [...row, i === 0 ? 'Заметки куратора' : `заметка: ${row[0]}`]);
    sheet.load(withNotes);
    sandbox.call('menuRefreshFolderSummary');

    const second = sheet.values();
    expect(second[0]).toEqual([...SUMMARY_HEADERS, 'Заметки куратора']);
    for (const row of second.slice(1)) expect(row.at(-1)).toBe(`заметка: ${row[0]}`);
    expect(sheet.formulas()).toEqual({});
  });

  it('fills «Очередь проверки» with the sample’s review cases and shows who went quiet', () => {
    const { sandbox, curator } = load();
    sandbox.call('menuRefreshFolderSummary');
    const queue = curator.sheet('Очередь проверки').values();
    expect(queue[0]).toEqual(QUEUE_HEADERS);
    const reasonsOf = (measure: string): string =>
      String(queue.find((row) => row[QUEUE_COLUMN.measure] === measure)?.[QUEUE_COLUMN.reasons] ?? '');
    expect(reasonsOf('Педагогический совет по итогам ВПР')).toBe(r.awaitingDecision);
    expect(reasonsOf('Заседание методического объединения учителей математики')).toBe(r.documentTrashed);
    expect(reasonsOf('Отчёт о работе с обучающимися группы риска')).toBe(reviewMessages.unavailable);
    expect(reasonsOf('Публикация плана мероприятий на сайте школы')).toBe(r.notDriveFile);
    for (const row of queue.slice(1)) {
      expect(String(row[QUEUE_COLUMN.rowLink])).toMatch(
        /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit#gid=\d+&range=A\d+$/,
      );
    }
    expect(curator.sheet('Очередь проверки').formulas()).toEqual({});
    const summary = curator.sheet('Сводка').values();
    const quiet = summary.find((row) => row[0] === 'МБОУ СОШ № 19')!;
    const modified = quiet[col('Файл изменён')] as Date;
    expect(Math.round((NOW.getTime() - modified.getTime()) / 86_400_000)).toBeGreaterThanOrEqual(40);
    expect(quiet[col('Изменил')]).toBe('Петрова Анна Владимировна');
  });

  it('drives the sidebar’s chunked collection through collectFolderSummaryChunk, JSON-safe', () => {
    const { sandbox } = load();
    const step = sandbox.call('collectFolderSummaryChunk', true) as FolderSummaryProgressDto;
    expect(JSON.parse(JSON.stringify(step))).toEqual(step);
    expect(step).toMatchObject({ done: true, processed: 11, total: 11 });
    expect(step.errors.map((e) => e.message)).toContain(m.notTemplate);
  });

  it('reads the folder with the manifest’s advanced services only', () => {
    const { sandbox } = load();
    sandbox.call('menuRefreshFolderSummary');
    const services = new Set(sandbox.accesses.map((a) => a.split('.')[0]));
    expect(services.has('Drive')).toBe(true);
    expect(services.has('Sheets')).toBe(true);
    expect(services.has('DriveApp')).toBe(false);
    expect(sandbox.accesses.some((a) => a.startsWith('SpreadsheetApp.openById'))).toBe(false);
  });
});
