import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInstallation, installationReport } from '../../../src/core/installation/checkInstallation';
import type { InstallationFacts } from '../../../src/core/installation/installationFacts';
import { REQUIRED_SCOPES, SCOPE_USES } from '../../../src/core/installation/scopes';
import { installationMessages as m } from '../../../src/core/messages/installation';

const HEALTHY: InstallationFacts = {
  grantedScopes: REQUIRED_SCOPES,
  advancedServices: { Drive: true, Sheets: true },
  dailyTrigger: true,
  spreadsheetTimeZone: 'Europe/Moscow',
  scriptTimeZone: 'Europe/Moscow',
  spreadsheetLocale: 'ru_RU',
  documentReadable: true,
  sheets: [
    { name: 'Настройки', title: 'Настройки', missingHeaders: [], owned: false },
    { name: 'ШНОР', title: null, missingHeaders: null, owned: true },
  ],
  settings: [{ label: 'Дата отчёта', value: '20.11.2024' }],
  settingProblems: [],
};

const problemsOf = (facts: InstallationFacts) => checkInstallation(facts).filter((line) => !line.ok);

describe('«Проверить установку» from facts', () => {
  it('a healthy installation: every line works, the settings as read are shown', () => {
    const lines = checkInstallation(HEALTHY);
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lines.find((l) => l.topic === m.settingsTopic)?.text).toContain('Дата отчёта: 20.11.2024');
    expect(installationReport(lines)).toContain(m.allWork);
  });

  it('lists exactly the manifest’s scopes, each with the features it turns off', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect([...REQUIRED_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
    expect(REQUIRED_SCOPES).toContain('https://www.googleapis.com/auth/documents');
  });

  it.each(SCOPE_USES.map((use) => [use.scope.replace(/.*\//, ''), use] as const))(
    'a declined %s: one line naming what stops working and the step that asks again',
    (_name, use) => {
      const problems = problemsOf({
        ...HEALTHY,
        grantedScopes: REQUIRED_SCOPES.filter((s) => s !== use.scope),
      });
      expect(problems).toEqual([
        { topic: m.scopeTopic(use.grant), ok: false, text: m.scopeMissing(use.features, use.retry) },
      ]);
    },
  );

  it.each([
    ['Drive', { Drive: false, Sheets: true }],
    ['Sheets', { Drive: true, Sheets: false }],
  ] as const)('the %s advanced service missing', (service, advancedServices) => {
    expect(problemsOf({ ...HEALTHY, advancedServices })).toEqual([
      { topic: m.serviceTopic(service), ok: false, text: m.serviceMissing(service) },
    ]);
  });

  it.each([
    ['no daily trigger', { dailyTrigger: false }, m.triggerMissing],
    ['triggers not listable', { dailyTrigger: null }, m.triggerUnknown],
    [
      'another time zone',
      { spreadsheetTimeZone: 'Asia/Yekaterinburg' },
      m.timeZoneMismatch('Asia/Yekaterinburg', 'Europe/Moscow'),
    ],
    ['an en_US sheet', { spreadsheetLocale: 'en_US' }, m.localeNotRussian('en_US')],
    ['an unknown locale', { spreadsheetLocale: null }, m.localeUnknown],
    ['scopes not known', { grantedScopes: null }, m.scopesUnknownText],
    [
      'a missing input sheet',
      { sheets: [{ name: 'Дорожная карта', title: null, missingHeaders: null, owned: false }] },
      m.sheetMissing,
    ],
    [
      'headers not recognised',
      {
        sheets: [
          { name: 'Результаты ОП', title: 'Результаты ОП', missingHeaders: ['Получили «2»'], owned: false },
        ],
      },
      m.headersMissing(['Получили «2»']),
    ],
    [
      'a header typed twice on a found table',
      {
        sheets: [
          {
            name: 'Целевые показатели',
            title: 'Целевые показатели',
            missingHeaders: [],
            headerProblems: [
              { problem: 'Заголовок «Статус» встречается 2 раза', fix: 'Переименуйте свой столбец' },
            ],
            owned: false,
          },
        ],
      },
      m.settingProblem('Заголовок «Статус» встречается 2 раза', 'Переименуйте свой столбец'),
    ],
    [
      'a setting that is wrong',
      { settingProblems: [{ problem: 'Дата отчёта не распознана', fix: 'Укажите дату ДД.ММ.ГГГГ' }] },
      m.settingProblem('Дата отчёта не распознана', 'Укажите дату ДД.ММ.ГГГГ'),
    ],
  ] as const)('%s: one line with what is wrong and the step', (_name, change, text) => {
    const problems = problemsOf({ ...HEALTHY, ...change } as InstallationFacts);
    expect(problems.map((p) => p.text)).toEqual([text]);
  });

  it('a spreadsheet the add-on cannot read: one line instead of the sheets and settings', () => {
    const problems = problemsOf({ ...HEALTHY, documentReadable: false, sheets: [], settings: [] });
    expect(problems).toEqual([
      { topic: m.documentTopic, ok: false, text: m.documentUnreadable(SCOPE_USES[0]!.grant) },
    ]);
  });

  it('a renamed sheet found by its tolerant name works and says under what name', () => {
    const lines = checkInstallation({
      ...HEALTHY,
      sheets: [{ name: 'Дорожная карта', title: 'дорожная  карта', missingHeaders: [], owned: false }],
    });
    expect(lines.find((l) => l.topic === m.sheetTopic('Дорожная карта'))).toEqual({
      topic: m.sheetTopic('Дорожная карта'),
      ok: true,
      text: m.sheetRenamed('дорожная  карта'),
    });
  });

  it('the report puts what needs attention first and counts it', () => {
    const text = installationReport(
      checkInstallation({ ...HEALTHY, dailyTrigger: false, spreadsheetLocale: 'en_US' }),
    );
    const lines = text.split('\n');
    expect(lines[1]).toBe(m.problems(2));
    expect(lines[3]).toMatch(/^✗/);
    expect(lines[4]).toMatch(/^✗/);
    expect(lines[5]).toMatch(/^✓/);
  });
});
