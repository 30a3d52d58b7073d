// The built artefact as Apps Script sees it: dist/Code.js evaluated in node:vm with fake globals,
// its top-level functions and their JSDoc, the manifest and the files that `clasp push` uploads.
import { describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/server/menu';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import {
  distFiles,
  distHtmlLoader,
  mainExports,
  readDist,
  sidebarNames,
  topLevelFunctions,
} from './builtArtefact';

// Other issues add scopes (e.g. Drive read-only for the curator summary) and update this list
// together with the README's justification of each scope.
const EXPECTED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  // The curator summary (PRODUCT.md §7): list the schools' folder, read the school workbooks.
  'https://www.googleapis.com/auth/drive.metadata.readonly',
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  // «Включить ежедневное обновление» (PRODUCT.md §3): ScriptApp installs the daily trigger.
  'https://www.googleapis.com/auth/script.scriptapp',
  // «Сформировать справку» (PRODUCT.md §11): DocumentApp.create writes the справка as a new Doc.
  'https://www.googleapis.com/auth/documents',
];

// ENGINEERING.md: no full Drive scope, and nothing that could write another school's file.
const FORBIDDEN_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/spreadsheets',
];

// PRODUCT.md §9: the custom functions and their parameter names, as users see them in Sheets.
const CUSTOM_FUNCTION_PARAMS: Readonly<Record<string, readonly string[]>> = {
  SHNOR_LOW: ['failed_or_share', 'participants', 'threshold', 'min_participants'],
  // `Минимум участников` as an optional trailing argument: then formula and «Выявить ШНОР» agree.
  SHNOR_IDENTIFY: ['results', 'year', 'threshold', 'same_procedure', 'min_participants'],
  RISK_LEVEL: ['value', 'medium_from', 'high_from'],
  // The programme's start and end as optional trailing arguments: then formula and sheet agree.
  ROADMAP_DUE: ['deadline_text', 'year', 'program_start', 'program_end'],
  ROADMAP_STATUS: ['deadline', 'done', 'done_date', 'as_of', 'program_start', 'program_end'],
  TARGET_PROGRESS: ['base', 'plan', 'fact'],
  TARGET_STATUS: ['base', 'plan', 'fact'],
  SUCCESS_RATE: ['n5', 'n4', 'n3', 'n2', 'n_na'],
  QUALITY_RATE: ['n5', 'n4', 'n3', 'n2', 'n_na'],
  SOU: ['n5', 'n4', 'n3', 'n2', 'n_na'],
  MEAN_MARK: ['n5', 'n4', 'n3', 'n2'],
  CLUSTER_TREND: ['from', 'to'],
};

const isCustomFunctionName = (name: string) => /^[A-Z][A-Z0-9_]*$/.test(name);

const code = readDist('Code.js');
const stubs = topLevelFunctions(code);
const stubNames = stubs.map((s) => s.name);
const exported = mainExports();

describe('dist/Code.js: the global surface', () => {
  it('declares exactly one top-level function per export of src/server/main.ts', () => {
    expect([...stubNames].sort()).toEqual([...exported].sort());
    const sandbox = runInSandbox(code, createFakeGlobals().globals);
    for (const name of exported) expect(sandbox.has(name), name).toBe(true);
  });

  it('declares every function the menu calls', () => {
    const menuFunctions = MENU_ITEMS.flatMap((item) => (item === 'separator' ? [] : [item[1]]));
    expect(menuFunctions.length).toBeGreaterThan(0);
    for (const name of menuFunctions) expect(stubNames, name).toContain(name);
  });

  it('gives each stub the real parameter names and a body that calls the bundle', () => {
    for (const stub of stubs) {
      expect(stub.body, stub.name).toContain(`__addon.${stub.name}(${stub.params.join(', ')})`);
    }
  });

  it('leaves no import, export or require in the file Apps Script loads', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/\brequire\s*\(/);
  });

  it('calls no service while the file loads (Apps Script loads it for every call)', () => {
    const fake = createFakeGlobals();
    const sandbox = runInSandbox(code, fake.globals);
    expect(sandbox.loadAccesses).toEqual([]);
    expect(fake.calls.total).toBe(0);
  });
});

describe('dist/Code.js: custom functions (PRODUCT.md §9)', () => {
  const customFunctions = stubs.filter((s) => isCustomFunctionName(s.name));

  it('are the functions of §9 with its snake_case parameter names', () => {
    for (const stub of customFunctions) {
      expect(Object.keys(CUSTOM_FUNCTION_PARAMS), `${stub.name} is not in PRODUCT.md §9`).toContain(
        stub.name,
      );
      expect(stub.params, stub.name).toEqual(CUSTOM_FUNCTION_PARAMS[stub.name]);
    }
  });

  it('carry a Russian description, @param per parameter, @return and @customfunction', () => {
    for (const stub of customFunctions) {
      expect(stub.description, stub.name).toMatch(/[а-яё]{3,}/i);
      const params = stub.tags.filter((t) => t.tag === 'param');
      expect(
        params.map((t) => t.name),
        stub.name,
      ).toEqual(stub.params);
      for (const param of params) expect(param.text, `${stub.name} @param ${param.name}`).toMatch(/[а-яё]/i);
      expect(
        stub.tags.some((t) => t.tag === 'return' || t.tag === 'returns'),
        `${stub.name} @return`,
      ).toBe(true);
      expect(stub.tags.at(-1)?.tag, `${stub.name} ends with @customfunction`).toBe('customfunction');
    }
  });

  it('are the only UPPER_CASE globals, and the other globals are not custom functions', () => {
    for (const stub of stubs.filter((s) => !isCustomFunctionName(s.name))) {
      expect(
        stub.tags.map((t) => t.tag),
        stub.name,
      ).not.toContain('customfunction');
    }
  });
});

describe('dist/: what clasp pushes', () => {
  it('ships the manifest with exactly the expected OAuth scopes', () => {
    const manifest = JSON.parse(readDist('appsscript.json')) as Record<string, unknown>;
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual([...EXPECTED_SCOPES].sort());
    for (const scope of FORBIDDEN_SCOPES) expect(manifest.oauthScopes, scope).not.toContain(scope);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
  });

  it('holds Code.js, appsscript.json and one HTML file per sidebar, nothing else', () => {
    const expected = ['Code.js', 'appsscript.json', ...sidebarNames().map((n) => `${n}.html`)].sort();
    expect(distFiles()).toEqual(expected);
  });

  it('ships sidebars that load no external script or stylesheet', () => {
    for (const name of sidebarNames()) {
      const html = distHtmlLoader(name);
      expect(html, name).not.toMatch(/<script[^>]+src=/i);
      expect(html, name).not.toMatch(/<link[^>]+href=["']?https?:/i);
    }
  });
});
