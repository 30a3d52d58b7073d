// The Apps Script context over the fake globals, as a menu click in the spreadsheet builds it.
import { afterEach, describe, expect, it } from 'vitest';
import { DAILY_REFRESH_HANDLER, enableDailyRefresh } from '../../../src/server/actions/enableDailyRefresh';
import { createAppsScriptContext } from '../../../src/server/adapters/appsScriptContext';
import { createFakeGlobals, type FakeGlobals } from '../../fakes/fakeGlobals';
import { FakeSpreadsheet } from '../../fakes/fakeSpreadsheet';

const installed: string[] = [];

function install(fake: FakeGlobals): void {
  for (const [name, value] of Object.entries(fake.globals)) {
    if (name === 'console') continue;
    (globalThis as Record<string, unknown>)[name] = value;
    installed.push(name);
  }
}

afterEach(() => {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
});

describe('«Включить ежедневное обновление» through ScriptApp', () => {
  it.each(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE'] as const)(
    'a second click adds no second daily trigger (%s)',
    (source) => {
      const fake = createFakeGlobals({ spreadsheet: new FakeSpreadsheet('Школа', 'doc-1') });
      fake.installationSource = source;
      install(fake);

      expect(enableDailyRefresh(createAppsScriptContext()).created).toBe(true);
      expect(enableDailyRefresh(createAppsScriptContext()).created).toBe(false);

      expect(fake.triggers.map((t) => t.handler)).toEqual([DAILY_REFRESH_HANDLER]);
    },
  );

  it('in an add-on, a trigger of the same user in another document does not count', () => {
    const fake = createFakeGlobals({ spreadsheet: new FakeSpreadsheet('Школа', 'doc-1') });
    install(fake);
    (fake.triggers as unknown as { sourceId: string }[]).push({
      ...{ id: 'other', handler: DAILY_REFRESH_HANDLER, kind: 'CLOCK' },
      ...{ everyDays: 1, everyHours: null, atHour: 6, sourceId: 'doc-2' },
    });

    expect(enableDailyRefresh(createAppsScriptContext()).created).toBe(true);
  });
});
