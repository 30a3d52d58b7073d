// The preview's «Импортировать результаты» button on the sample workbook: the built add-on reads
// the sample's «Импорт» and fills «Результаты ОП» and «Сравнение», as `npm start` shows it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import type { PreviewState } from '../../dev/preview/session';
import { SCHOOL_SAMPLE } from '../../dev/sample/sampleWorkbook';

let preview: PreviewServer;

beforeEach(async () => {
  preview = await startPreview({ port: 0, samples: [SCHOOL_SAMPLE] });
});

afterEach(async () => {
  await preview.close();
});

async function run(functionName: string): Promise<{ ok: boolean; state: PreviewState }> {
  const response = await fetch(new URL(`/api/run/${functionName}`, preview.url), { method: 'POST' });
  return (await response.json()) as { ok: boolean; state: PreviewState };
}

describe('the preview: «Импортировать результаты»', () => {
  it('is a menu button and imports the sample export', async () => {
    const state = (await (await fetch(new URL('/api/state', preview.url))).json()) as PreviewState;
    const items = state.menu.flatMap((m) => ('label' in m ? [m] : []));
    expect(items).toContainEqual({ label: 'Импортировать результаты', functionName: 'menuImportResults' });
    expect(state.sheets.map((s) => s.name)).toContain('Импорт');

    const reply = await run('menuImportResults');

    expect(reply.ok).toBe(true);
    expect(reply.state.events.at(-1)?.message).toContain(
      'Импортировано блоков: 3, строк школ: 26, строк сравнения: 6',
    );
    const comparison = reply.state.sheets.find((s) => s.name === 'Сравнение');
    expect(comparison?.values.length).toBe(7);
  });
});
