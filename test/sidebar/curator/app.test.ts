// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CuratorViewDto, FolderSummaryProgressDto } from '../../../src/shared/api';
import { texts } from '../../../src/sidebar/lib/texts';
import { HOSTILE_NAME } from '../dashboardDto';
import { mountCurator } from '../sidebarHarness';

const FOLDER = 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz012345';

function server(
  view: CuratorViewDto,
  steps?: FolderSummaryProgressDto[],
  /** What the curator does while the server reads a chunk. */
  meanwhile: (restart: boolean) => void = () => {},
) {
  const restarts: boolean[] = [];
  let next = 0;
  const base = {
    getCuratorView: () => view,
    openDashboardSidebar: () => true,
    openCuratorSidebar: () => true,
  };
  const collect = {
    collectFolderSummaryChunk: (restart: boolean) => {
      restarts.push(restart);
      meanwhile(restart);
      return steps![Math.min(next++, steps!.length - 1)];
    },
  };
  return { restarts, server: steps ? { ...base, ...collect } : base };
}

function step(
  processed: number,
  total: number,
  done: boolean,
  errors: FolderSummaryProgressDto['errors'] = [],
) {
  return {
    done,
    processed,
    total,
    schools: processed - errors.length,
    errors,
    message: `Прочитано ${processed}`,
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('curator sidebar', () => {
  it('shows the folder link and that collecting is coming while the server lacks it', async () => {
    const view = mountCurator(
      server({ folderText: FOLDER, folderLink: FOLDER, collectAvailable: false, queue: null }).server,
    );
    await view.app.ready;
    const link = view.root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(FOLDER);
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(view.text('#coming')).toBe(texts.curator.coming);
    await view.click('[data-action="collect"]');
    expect(view.text('#status')).toBe(texts.curator.coming);
    expect(view.run.calls.map((c) => c.name)).toEqual(['getCuratorView']);
  });

  it('asks for the folder when «Папка школ» is blank, and never links a non-Drive address', async () => {
    const blank = mountCurator(
      server({ folderText: '', folderLink: null, collectAvailable: true, queue: null }).server,
    );
    await blank.app.ready;
    expect(blank.text('#folder')).toContain(texts.curator.folderUnset);

    const bad = mountCurator(
      server({
        folderText: 'javascript:alert(1)',
        folderLink: 'javascript:alert(1)',
        collectAvailable: true,
        queue: null,
      }).server,
    );
    await bad.app.ready;
    expect(bad.root.querySelector('a')).toBeNull();
    expect(bad.text('#folder')).toContain('javascript:alert(1)');
    expect(bad.text('#folder')).toContain(texts.curator.folderInvalid);
    expect(bad.root.querySelector('[data-action="collect"]')!.getAttribute('aria-disabled')).toBe('true');
  });

  it('drives the collection chunk by chunk from the browser until the server says done', async () => {
    const steps = [
      step(3, 7, false),
      step(6, 7, false),
      step(7, 7, true, [{ file: HOSTILE_NAME, message: 'не шаблон ШНОР-монитора' }]),
    ];
    const stub = server(
      { folderText: `${FOLDER}?usp=sharing`, folderLink: FOLDER, collectAvailable: true, queue: null },
      steps,
    );
    const view = mountCurator(stub.server);
    await view.app.ready;

    await view.app.collect();

    expect(stub.restarts).toEqual([true, false, false]);
    expect(view.root.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('100');
    expect(view.text('#progress')).toContain(texts.curator.progress(7, 7));
    expect(view.text('#result')).toContain(texts.curator.done(6, 1));
    expect(view.text('#result li')).toBe(`${HOSTILE_NAME}: не шаблон ШНОР-монитора`);
    expect(document.querySelector('img')).toBeNull();
  });

  it('stops between chunks when asked, and says how to go on', async () => {
    const steps = [step(1, 9, false), step(2, 9, false), step(3, 9, false), step(9, 9, true)];
    // The curator clicks «Остановить» while the server reads the first chunk (not after a sleep,
    // which a loaded machine may stretch past every chunk).
    const stop = () => document.querySelector<HTMLButtonElement>('[data-action="stop"]')!.click();
    const stub = server(
      { folderText: `${FOLDER}?usp=sharing`, folderLink: FOLDER, collectAvailable: true, queue: null },
      steps,
      (restart) => restart && stop(),
    );
    const view = mountCurator(stub.server, { delayMs: 5 });
    await view.app.ready;
    await view.app.collect();
    expect(stub.restarts).toEqual([true]);
    expect(view.text('#status')).toBe(texts.curator.stopped);
  });

  it('shows a server failure in the middle and lets the curator collect again', async () => {
    let calls = 0;
    const view = mountCurator({
      getCuratorView: () => ({
        folderText: `${FOLDER}?usp=sharing`,
        folderLink: FOLDER,
        collectAvailable: true,
        queue: null,
      }),
      collectFolderSummaryChunk: () => {
        calls++;
        if (calls === 2) throw new Error('Превышено время выполнения');
        return step(calls, 3, calls === 3);
      },
    });
    await view.app.ready;
    await view.app.collect();
    expect(view.text('#status')).toBe('Превышено время выполнения');
    expect(view.root.querySelector('[data-action="collect"]')!.getAttribute('aria-disabled')).toBe('false');
  });

  it('lists «Очередь проверки» by school, each measure a link to its row, text only', async () => {
    const row = 'https://docs.google.com/spreadsheets/d/1SchoolFile0007abc/edit#gid=42&range=A5';
    const queue: CuratorViewDto['queue'] = {
      schools: [
        {
          school: HOSTILE_NAME,
          items: [
            {
              number: '3',
              measure: '<b>Педсовет</b>',
              status: 'Выполнено',
              reasons: 'Выполнено — ждёт решения куратора; Документ в корзине',
              dueDate: '2024-03-31',
              rowLink: row,
              documentLink: 'https://drive.google.com/open?id=1TrashedDoc000001',
            },
            {
              number: '4',
              measure: 'Без ссылки',
              status: 'Просрочено',
              reasons: 'Просрочено',
              dueDate: null,
              rowLink: 'javascript:alert(1)',
              documentLink: null,
            },
          ],
        },
        { school: 'МБОУ СОШ № 2', items: [] },
      ],
      more: 12,
    };
    const view = mountCurator(
      server({ folderText: FOLDER, folderLink: FOLDER, collectAvailable: true, queue }).server,
    );
    await view.app.ready;
    const schools = [...view.root.querySelectorAll('#queue h3')].map((e) => e.textContent);
    expect(schools).toEqual([HOSTILE_NAME, 'МБОУ СОШ № 2']);
    const links = [...view.root.querySelectorAll<HTMLAnchorElement>('#queue a[data-row-link]')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['3. <b>Педсовет</b>', row]]);
    expect(view.text('#queue')).toContain('Документ в корзине');
    expect(view.text('#queue')).toContain('срок 31.03.2024');
    expect(view.text('#queue')).toContain(texts.curator.queueMore(12));
    // No markup from the data, no unsafe address as a link.
    expect(view.root.querySelector('#queue b, #queue img')).toBeNull();
    expect(view.root.querySelector('#queue a[href^="javascript"]')).toBeNull();
  });

  it('says the queue is empty, and fetches it again after a collection', async () => {
    let queue: CuratorViewDto['queue'] = null;
    const view = mountCurator({
      getCuratorView: () => ({ folderText: FOLDER, folderLink: FOLDER, collectAvailable: true, queue }),
      collectFolderSummaryChunk: () => {
        queue = { schools: [], more: 0 };
        return step(1, 1, true);
      },
    });
    await view.app.ready;
    expect(view.text('#queue')).toContain(texts.curator.queueMissing);
    await view.app.collect();
    expect(view.text('#queue')).toContain(texts.curator.queueEmpty);
  });
});
