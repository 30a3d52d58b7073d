// «Проверить установку» on an installation missing each scope, service and trigger in turn, with
// the in-memory workbook: one dialog of lines, and nothing changed anywhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REQUIRED_SCOPES, SCOPE_USES } from '../../../src/core/installation/scopes';
import { installationMessages as m } from '../../../src/core/messages/installation';
import { checkInstallationAction } from '../../../src/server/actions/checkInstallation';
import { DAILY_REFRESH_HANDLER } from '../../../src/server/actions/enableDailyRefresh';
import type { InstallationProbe } from '../../../src/server/adapters/installationProbe';
import type { FakeContext } from '../../fakes/fakeContext';
import { schoolWorkbook } from '../rpc/schoolWorkbook';

const dialogs: { title: string; text: string }[] = [];

function probe(change: Partial<InstallationProbe> = {}): InstallationProbe {
  return {
    alert: (title, text) => {
      dialogs.push({ title, text });
    },
    grantedScopes: (scopes) => [...scopes],
    hasAdvancedService: () => true,
    scriptTimeZone: () => 'Europe/Moscow',
    spreadsheetLocale: () => 'ru_RU',
    ...change,
  };
}

function installed() {
  const setup = schoolWorkbook();
  setup.context.triggers.createDaily(DAILY_REFRESH_HANDLER, 6);
  return setup;
}

/** Everything the check could change: cells, sheets, properties, triggers. */
function snapshot(context: FakeContext) {
  return JSON.stringify({
    sheets: context.spreadsheet.sheets.map((s) => [s.getNameUncounted(), s.values()]),
    properties: [...context.documentProperties.store],
    triggers: context.triggers.daily,
  });
}

const problems = <L extends { ok: boolean }>(lines: readonly L[]) => lines.filter((l) => !l.ok);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('«Проверить установку»', () => {
  it('on a complete installation: every line works, one dialog, and nothing is written', () => {
    const { workbook, context } = installed();
    const before = snapshot(context);
    const locks = context.lock.acquisitions;
    const toasts = workbook.toasts.length;
    workbook.calls.reset();

    const { lines, text } = checkInstallationAction(context, probe());

    expect(problems(lines)).toEqual([]);
    expect(context.ui.alerts).toEqual([{ title: m.title, message: text }]);
    expect(text).toContain(m.allWork);
    expect(text).toContain('Образовательная организация: МБОУ СОШ № 2');
    expect(text).toContain('Дата отчёта: 20.11.2024');
    expect(snapshot(context)).toBe(before);
    expect(workbook.calls.countMatching(/\.(set|insert|clear|delete|activate)/i)).toBe(0);
    expect(context.lock.acquisitions).toBe(locks);
    expect(workbook.toasts).toHaveLength(toasts);
  });

  it.each(SCOPE_USES.map((use) => [use.scope.replace(/.*\//, ''), use] as const))(
    'a user who declined %s is told what it turns off and how to grant it',
    (_name, use) => {
      const { context } = installed();
      const { lines } = checkInstallationAction(
        context,
        probe({ grantedScopes: (scopes) => scopes.filter((s) => s !== use.scope) }),
      );
      expect(problems(lines)).toEqual([
        { topic: m.scopeTopic(use.grant), ok: false, text: m.scopeMissing(use.features, use.retry) },
      ]);
    },
  );

  it.each(['Drive', 'Sheets'] as const)('without the %s advanced service', (service) => {
    const { context } = installed();
    const { lines } = checkInstallationAction(
      context,
      probe({ hasAdvancedService: (name) => name !== service }),
    );
    expect(problems(lines).map((l) => l.text)).toEqual([m.serviceMissing(service)]);
  });

  it('without the daily trigger, and when the triggers cannot be listed', () => {
    const bare = schoolWorkbook();
    expect(problems(checkInstallationAction(bare.context, probe()).lines).map((l) => l.text)).toEqual([
      m.triggerMissing,
    ]);
    const refused = schoolWorkbook();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(refused.context.triggers, 'handlerNames').mockImplementation(() => {
      throw new Error('You do not have permission to call ScriptApp.getUserTriggers.');
    });
    const { lines } = checkInstallationAction(refused.context, probe());
    expect(problems(lines).map((l) => l.text)).toEqual([m.triggerMissing].map(() => m.triggerUnknown));
  });

  it('another time zone and an en_US sheet are named with the step', () => {
    const { context } = installed();
    const { lines } = checkInstallationAction(
      context,
      probe({ scriptTimeZone: () => 'Asia/Yekaterinburg', spreadsheetLocale: () => 'en_US' }),
    );
    expect(problems(lines).map((l) => l.text)).toEqual([
      m.timeZoneMismatch('Europe/Moscow', 'Asia/Yekaterinburg'),
      m.localeNotRussian('en_US'),
    ]);
  });

  it('a deleted input sheet and a header it no longer finds', () => {
    const { context, workbook } = installed();
    workbook.sheets.splice(
      workbook.sheets.findIndex((s) => s.getNameUncounted() === 'Кластеры'),
      1,
    );
    const results = workbook.sheet('Результаты ОП');
    results.load(
      results.values().map((row, i) => (i === 0 ? row.map((h) => (h === 'Школа' ? 'Заметки' : h)) : row)),
    );
    const { lines } = checkInstallationAction(context, probe());
    expect(problems(lines)).toEqual([
      { topic: m.sheetTopic('Результаты ОП'), ok: false, text: m.headersMissing(['Школа']) },
      { topic: m.sheetTopic('Кластеры'), ok: false, text: m.sheetMissing },
    ]);
  });

  it('a setting it cannot read is named with its fix', () => {
    const { context, workbook } = installed();
    const settings = workbook.sheet('Настройки');
    settings.load(settings.values().map((row) => (row[0] === 'Дата отчёта' ? [row[0], '31.02.2024'] : row)));
    const { lines } = checkInstallationAction(context, probe());
    const settingsLine = lines.find((l) => l.topic === m.settingsTopic)!;
    expect(settingsLine.ok).toBe(false);
    expect(settingsLine.text).toContain('Дата отчёта');
  });

  it('when Google cannot say which scopes are granted, says so instead of failing', () => {
    const { context } = installed();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { lines } = checkInstallationAction(
      context,
      probe({
        grantedScopes: () => {
          throw new Error('Internal error');
        },
      }),
    );
    expect(problems(lines).map((l) => l.text)).toEqual([m.scopesUnknownText]);
    expect(REQUIRED_SCOPES.length).toBe(SCOPE_USES.length);
  });

  it('a workbook that fails to answer: the scopes are still told, the sheets are «not checked»', () => {
    const { context, workbook } = installed();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(workbook, 'getSheets').mockImplementation(() => {
      throw new Error('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.');
    });
    const { lines, text } = checkInstallationAction(context, probe());
    expect(problems(lines).map((l) => l.topic)).toEqual([m.documentTopic]);
    expect(context.ui.alerts.at(-1)?.message).toBe(text);
  });

  it('without a context at all (the spreadsheet scope declined): the dialog through the probe', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    dialogs.length = 0;
    const currentonly = SCOPE_USES[0]!.scope;
    const { lines, text } = checkInstallationAction(
      null,
      probe({
        grantedScopes: (scopes) => scopes.filter((s) => s !== currentonly),
        spreadsheetLocale: () => {
          throw new Error('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.');
        },
      }),
    );
    expect(problems(lines).map((l) => l.topic)).toEqual([
      m.scopeTopic(SCOPE_USES[0]!.grant),
      m.triggerTopic,
      m.documentTopic,
    ]);
    expect(dialogs).toEqual([{ title: m.title, text }]);
  });
});
