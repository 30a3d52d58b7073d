// @vitest-environment happy-dom
// Schools read with remarks on their data are shown as read, their remarks listed apart from the
// files that could not be read (before: every one of them under «Не прочитаны», «Готово: 0 школ»).
import { afterEach, describe, expect, it } from 'vitest';
import type { FolderSummaryProgressDto } from '../../../src/shared/api';
import { texts } from '../../../src/sidebar/lib/texts';
import { HOSTILE_NAME } from '../dashboardDto';
import { mountCurator } from '../sidebarHarness';

const FOLDER = 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz012345';

const DONE: FolderSummaryProgressDto = {
  done: true,
  processed: 3,
  total: 3,
  schools: 2,
  errors: [
    { file: 'СОШ 5', message: 'нет доступа к файлу — попросите школу открыть его вам хотя бы на просмотр' },
  ],
  remarks: [
    { file: 'МАОУ лицей № 1', message: 'нет листа «Дорожная карта»' },
    { file: HOSTILE_NAME, message: 'замечаний в данных школы: 2' },
  ],
  message: 'Сводка обновлена: прочитано 3 файла',
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('curator sidebar: read with remarks', () => {
  it('counts them as read and lists their remarks under their own title, as text', async () => {
    const view = mountCurator({
      getCuratorView: () => ({ folderText: FOLDER, folderLink: FOLDER, collectAvailable: true, queue: null }),
      openDashboardSidebar: () => true,
      openCuratorSidebar: () => true,
      collectFolderSummaryChunk: () => DONE,
    });
    await view.app.ready;
    await view.app.collect();

    expect(view.text('#result')).toContain(texts.curator.done(2, 1));
    expect(view.text('#result .errors')).toBe(`СОШ 5: ${DONE.errors[0]!.message}`);
    const remarks = [...view.root.querySelectorAll('#result .remarks li')].map((li) => li.textContent);
    expect(remarks).toEqual([
      'МАОУ лицей № 1: нет листа «Дорожная карта»',
      `${HOSTILE_NAME}: замечаний в данных школы: 2`,
    ]);
    expect(view.text('#result')).toContain(texts.curator.remarksTitle);
    expect(document.querySelector('img')).toBeNull();
  });
});
