// «Проверить установку» through dist/Code.js with fake Apps Script globals: the menu item, the global
// with its JSDoc, and the dialog on an installation missing a scope, a service, the trigger.
import { describe, expect, it } from 'vitest';
import { SCOPE_USES } from '../../src/core/installation/scopes';
import { installationMessages as m } from '../../src/core/messages/installation';
import { MENU_ITEMS } from '../../src/server/menu';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import { FakeSpreadsheet } from '../fakes/fakeSpreadsheet';
import { readDist } from './builtArtefact';

const code = readDist('Code.js');
const DOCUMENTS = 'https://www.googleapis.com/auth/documents';

function load(services: Record<string, unknown> = { Drive: {}, Sheets: {} }) {
  const spreadsheet = new FakeSpreadsheet();
  const fake = createFakeGlobals({ spreadsheet, extra: services });
  const sandbox = runInSandbox(code, fake.globals, { now: () => new Date('2024-11-20T09:00:00+03:00') });
  return { fake, sandbox, spreadsheet };
}

describe('menuCheckInstallation in the bundle', () => {
  it('is a global with its Russian JSDoc', () => {
    expect(code).toMatch(/\/\*\*[^/]*Меню «Проверить установку»[^/]*\*\/\s*function menuCheckInstallation\(/);
  });

  it('after the template: the declined documents scope, the missing trigger; nothing written', () => {
    const { fake, sandbox, spreadsheet } = load();
    sandbox.call('menuCreateTemplate');
    fake.declinedScopes = [DOCUMENTS];
    const before = JSON.stringify(spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()]));
    const alerts = fake.ui.alerts.length;
    fake.calls.reset();

    sandbox.call('menuCheckInstallation');

    const alert = fake.ui.alerts.at(-1)!;
    expect(fake.ui.alerts).toHaveLength(alerts + 1);
    expect(alert.title).toBe(m.title);
    expect(alert.prompt).toContain('Сформировать справку');
    expect(alert.prompt).toContain(m.triggerMissing);
    expect(alert.prompt).toContain(m.problems(2));
    expect(JSON.stringify(spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()]))).toBe(before);
    expect(fake.calls.countMatching(/\.(set|insert|clear|delete|newTrigger|create)/i)).toBe(0);
    expect(fake.triggers).toHaveLength(0);
  });

  it('an empty spreadsheet without the advanced services: each line says what to do', () => {
    const { fake, sandbox } = load({});
    sandbox.call('menuCheckInstallation');
    const prompt = fake.ui.alerts.at(-1)!.prompt;
    expect(prompt).toContain(m.serviceMissing('Drive'));
    expect(prompt).toContain(m.serviceMissing('Sheets'));
    expect(prompt).toContain(m.sheetMissing);
  });

  // The step each line of the check promises: the named menu item shows Google's consent prompt.
  it.each(SCOPE_USES.map((use) => [use.retry, use.scope] as const))(
    '«%s» asks Google for %s when the user declined it, before anything runs',
    (label, scope) => {
      const { fake, sandbox } = load();
      fake.declinedScopes = [scope];
      const item = MENU_ITEMS.find((entry) => entry !== 'separator' && entry[0] === label);
      expect(item, label).toBeDefined();
      const functionName = (item as readonly [string, string])[1];

      expect(() => sandbox.call(functionName)).toThrow(/Authorization is required/);
      expect(fake.consentPrompts.flat()).toContain(scope);
      expect(fake.calls.count('Range.getValues')).toBe(0);
    },
  );

  it.each([
    'menuIdentifyLowResultSchools',
    'menuAssessRiskProfile',
    'menuRefreshStatuses',
    'menuRecalculateAll',
    'menuImportResults',
  ])(
    '%s without the spreadsheet’s own scope: Google’s prompt for it, not «You do not have permission»',
    (functionName) => {
      const { fake, sandbox } = load();
      const currentonly = SCOPE_USES[0]!.scope;
      fake.declinedScopes = [currentonly];
      expect(() => sandbox.call(functionName)).toThrow(/Authorization is required/);
      expect(fake.consentPrompts).toEqual([[currentonly]]);
      expect(fake.calls.count('Range.getValues')).toBe(0);
    },
  );
});
