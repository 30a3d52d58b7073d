// «Сформировать справку» through the built dist/Code.js, as Apps Script runs it: the fake
// DocumentApp and Charts globals receive the document, the Ui a modal dialog with the link.
import { describe, expect, it } from 'vitest';
import { buildSchoolWorkbook } from '../../dev/sample/schoolWorkbook';
import { createFakeGlobals, runInSandbox } from '../fakes/fakeGlobals';
import { distHtmlLoader, readDist } from './builtArtefact';

const code = readDist('Code.js');
const DOCUMENTS = 'https://www.googleapis.com/auth/documents';

function load() {
  const fake = createFakeGlobals({ spreadsheet: buildSchoolWorkbook(), htmlLoader: distHtmlLoader });
  const sandbox = runInSandbox(code, fake.globals, { now: () => new Date('2024-11-20T09:00:00+03:00') });
  return { fake, sandbox };
}

describe('menuBuildReport in the bundle', () => {
  it('creates the Doc through DocumentApp and opens a modal dialog with its link', () => {
    const { fake, sandbox } = load();
    sandbox.call('menuBuildReport');

    expect(fake.documentApp.documents).toHaveLength(1);
    const document = fake.documentApp.documents[0]!;
    expect(document.closed).toBe(true);
    const dialog = fake.ui.dialogs.find((d) => d.kind === 'modal');
    expect(dialog?.html).toContain(`https://docs.google.com/document/d/${document.id}/edit`);
    expect(fake.calls.count('Body.appendTable')).toBe(
      document.body.elements.filter((e) => e.kind === 'table').length,
    );
    expect(fake.documentLock.held).toBe(false);
    // The chart image: the shares as points, the threshold as the one line Google draws.
    expect(fake.charts.built).toHaveLength(1);
    const marks = fake.charts.built[0]!.marks;
    expect(marks.at(-1)).toBe('line');
    expect(marks.slice(0, -1).every((mark) => mark === 'points')).toBe(true);
  });

  it('without the documents scope, the menu asks Google’s consent prompt for it before reading anything', () => {
    const { fake, sandbox } = load();
    fake.declinedScopes = [DOCUMENTS];
    // Apps Script ends the run to show the prompt: in the sandbox, requireScopes throws.
    expect(() => sandbox.call('menuBuildReport')).toThrow(/Authorization is required/);

    expect(fake.consentPrompts).toEqual([[DOCUMENTS]]);
    expect(fake.documentApp.documents).toHaveLength(0);
    expect(fake.calls.count('Range.getValues')).toBe(0);
  });

  it('without the documents scope, the dashboard button says in Russian how to grant it', () => {
    const { fake, sandbox } = load();
    fake.declinedScopes = [DOCUMENTS];
    const result = sandbox.call('runDashboardAction', 'buildReport') as { ok: boolean; message: string };

    expect(result.ok).toBe(false);
    expect(result.message).toContain('Google Документам');
    expect(fake.documentApp.documents).toHaveLength(0);
    expect(fake.ui.dialogs.filter((d) => d.kind === 'modal')).toHaveLength(0);
    expect(fake.ui.alerts).toHaveLength(0);
  });

  it('other actions never touch DocumentApp or Charts', () => {
    const { sandbox } = load();
    sandbox.call('menuCreateTemplate');
    sandbox.call('menuIdentifyLowResultSchools');
    expect(sandbox.accesses.filter((a) => /^(DocumentApp|Charts)\./.test(a))).toEqual([]);
  });
});
