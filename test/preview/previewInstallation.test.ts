// The preview's «Проверить установку» button on the sample workbook: the built add-on's dialog of
// lines, as `npm start` shows it, and not one cell changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import type { PreviewState } from '../../dev/preview/session';
import { SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';
import { installationMessages as m } from '../../src/core/messages/installation';

let preview: PreviewServer;

beforeEach(async () => {
  preview = await startPreview({ port: 0, samples: [SCHOOL_SAMPLE] });
});

afterEach(async () => {
  await preview.close();
});

describe('the preview: «Проверить установку»', () => {
  it('is a menu button before «Справка» and shows the lines without changing a sheet', async () => {
    const state = (await (await fetch(new URL('/api/state', preview.url))).json()) as PreviewState;
    const items = state.menu.flatMap((entry) => ('label' in entry ? [entry] : []));
    const labels = items.map((item) => item.label);
    expect(labels.indexOf('Проверить установку')).toBe(labels.indexOf('Справка') - 1);

    const response = await fetch(new URL('/api/run/menuCheckInstallation', preview.url), { method: 'POST' });
    const reply = (await response.json()) as { ok: boolean; state: PreviewState };

    expect(reply.ok).toBe(true);
    const alert = reply.state.events.at(-1)!;
    expect(alert.title).toBe(m.title);
    expect(alert.message).toContain(m.intro);
    expect(alert.message).toContain(m.sheetTopic('Дорожная карта'));
    expect(reply.state.sheets).toEqual(state.sheets);
  });
});
