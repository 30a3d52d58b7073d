// The preview page: the sample workbook's sheets as tabs of tables, the add-on menu as buttons,
// toasts and alerts after each click, the add-on's sidebar on the right. Every value from the
// workbook goes in with textContent: user data is never HTML.
import { columnLetters } from '../../../src/core/cells/a1';
import type { DocumentView } from '../documentView';
import type { MenuView, PreviewEvent, PreviewState } from '../session';
import type { SheetView } from '../sheetView';
import { renderDocument } from './documentPage';
import { el } from './el';

interface Reply {
  readonly state: PreviewState;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: PreviewState | null = null;
let currentSheet: string | null = null;
let highlightedRow: { sheet: string; row: number } | null = null;
let lastEventSeq = -1;
let lastSelectionSeq = 0;
// The seq of the sidebar and of the dialog each frame shows (0: none); a new seq reloads it.
const shownSeq = { sidebar: 0, dialog: 0 };
// Docs of the workbook on screen seen so far (null: not yet loaded); a new one opens by itself.
let knownDocuments: number | null = null;
let openDocumentId: string | null = null;
let version = 0;
const pendingAlerts: PreviewEvent[] = [];
// Sheets' default column width.
const DEFAULT_COLUMN_WIDTH = 100;
const ROW_NUMBER_WIDTH = 40;

async function api(method: 'GET' | 'POST', path: string): Promise<Reply> {
  document.body.dataset.busy = 'true';
  try {
    const response = await fetch(path, { method });
    const body = (await response.json()) as Reply | PreviewState;
    return 'state' in body ? body : { state: body };
  } finally {
    document.body.dataset.busy = 'false';
  }
}

async function apply(request: Promise<Reply>): Promise<void> {
  try {
    state = (await request).state;
    render();
  } catch (error) {
    showAlert({ seq: 0, kind: 'error', title: 'Предпросмотр', message: `Сервер недоступен: ${error}` });
  }
}

const refresh = () => apply(api('GET', '/api/state'));

function renderWorkbooks(s: PreviewState): void {
  const nav = byId('workbooks');
  nav.replaceChildren(
    ...s.workbooks.map((w) => {
      const button = el('button', { type: 'button', 'data-testid': `workbook-${w.id}` }, w.label);
      button.setAttribute('aria-pressed', String(w.id === s.workbook));
      button.addEventListener('click', () => {
        forgetShown();
        currentSheet = null;
        void apply(api('POST', `/api/workbook/${encodeURIComponent(w.id)}`));
      });
      return button;
    }),
  );
  byId('title').textContent = s.title;
}

function renderMenu(menu: readonly MenuView[]): void {
  byId('menu-items').replaceChildren(
    ...menu.map((item) => {
      if ('separator' in item) return el('span', { class: 'menu-separator', 'aria-hidden': 'true' });
      const button = el(
        'button',
        { type: 'button', 'data-testid': `menu-${item.functionName}`, 'data-function': item.functionName },
        item.label,
      );
      button.addEventListener('click', () =>
        apply(api('POST', `/api/run/${encodeURIComponent(item.functionName)}`)),
      );
      return button;
    }),
  );
}

function renderTabs(sheets: readonly SheetView[]): void {
  byId('tabs').replaceChildren(
    ...sheets.map((sheet) => {
      const selected = sheet.name === currentSheet;
      const tab = el(
        'button',
        {
          type: 'button',
          role: 'tab',
          'data-testid': `tab-${sheet.name}`,
          'aria-selected': String(selected),
        },
        sheet.name,
      );
      if (sheet.tabColor) tab.style.borderTopColor = sheet.tabColor;
      tab.addEventListener('click', () => {
        currentSheet = sheet.name;
        render();
      });
      return tab;
    }),
  );
}

function renderSheet(sheet: SheetView | undefined): void {
  const table = byId<HTMLTableElement>('sheet-table');
  table.replaceChildren();
  table.dataset.sheet = sheet?.name ?? '';
  if (!sheet) return;
  const width = Math.max(1, ...sheet.display.map((r) => r.length));
  const columns = el('colgroup');
  const widths = [
    ROW_NUMBER_WIDTH,
    ...Array.from({ length: width }, (_, c) => sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH),
  ];
  for (const w of widths) {
    // CSSOM, not a style attribute: the page's CSP forbids inline styles.
    const col = el('col');
    col.style.width = `${w}px`;
    columns.append(col);
  }
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
  const head = el('tr', { class: 'column-letters' });
  head.append(el('th', { class: 'corner' }));
  for (let c = 1; c <= width; c++) head.append(el('th', {}, columnLetters(c)));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  // A selected row past the data (a blank row the add-on pointed at) is shown too.
  const selectedHere = highlightedRow?.sheet === sheet.name ? highlightedRow.row : 0;
  const lines = [...sheet.display];
  while (lines.length < selectedHere) lines.push([]);
  lines.forEach((line, r) => {
    const row = r + 1;
    const tr = el('tr', { 'data-row': String(row), 'data-testid': `row-${row}` });
    if (row <= sheet.frozenRows) tr.classList.add('frozen');
    if (highlightedRow?.sheet === sheet.name && highlightedRow.row === row) tr.classList.add('selected-row');
    tr.append(el('th', { class: 'row-number' }, String(row)));
    for (let c = 0; c < width; c++) {
      const a1 = `${columnLetters(c + 1)}${row}`;
      const td = el('td', { 'data-cell': a1, 'data-testid': `cell-${a1}` }, line[c] ?? '');
      if (sheet.formulas[a1] !== undefined) td.classList.add('formula');
      if (typeof sheet.values[r]?.[c] === 'number') td.classList.add('number');
      tr.append(td);
    }
    tbody.append(tr);
  });
  table.append(columns, thead, tbody);
  if (sheet.truncated) table.append(el('caption', {}, 'Показаны первые строки листа'));
}

/** The sidebar or the dialog: hidden when none is open, reloaded when the add-on showed another. */
function renderFrame<V extends { readonly seq: number; readonly title: string }>(
  id: keyof typeof shownSeq,
  shown: V | null,
  size: (view: V, frame: HTMLIFrameElement, box: HTMLElement) => void,
): void {
  const box = byId(id);
  const frame = byId<HTMLIFrameElement>(`${id}-frame`);
  if (!shown) {
    box.hidden = true;
    if (shownSeq[id] !== 0) frame.removeAttribute('src');
    shownSeq[id] = 0;
    return;
  }
  box.hidden = false;
  size(shown, frame, box);
  byId(`${id}-title`).textContent = shown.title;
  if (shown.seq !== shownSeq[id]) {
    shownSeq[id] = shown.seq;
    frame.src = `/${id}?seq=${shown.seq}`;
  }
}

/** What «Начать заново» and a switch of workbook forget: the frames and documents on screen. */
function forgetShown(): void {
  shownSeq.sidebar = 0;
  shownSeq.dialog = 0;
  knownDocuments = null;
  closeDocument();
}

async function openDocument(id: string): Promise<void> {
  const response = await fetch(`/api/document/${encodeURIComponent(id)}`);
  if (!response.ok) return;
  const view = (await response.json()) as DocumentView;
  openDocumentId = id;
  byId('document-title').textContent = view.name;
  renderDocument(byId('document-page'), view);
  byId('workbook').hidden = true;
  byId('document').hidden = false;
  // A new document opens at its top, whatever the previous one was scrolled to.
  byId('document').scrollTop = 0;
  for (const tab of byId('documents').querySelectorAll('button'))
    tab.setAttribute('aria-pressed', String(tab.dataset.document === id));
  document.body.dataset.document = id;
}

function closeDocument(): void {
  openDocumentId = null;
  byId('document').hidden = true;
  byId('workbook').hidden = false;
  for (const tab of byId('documents').querySelectorAll('button')) tab.setAttribute('aria-pressed', 'false');
  delete document.body.dataset.document;
}

function renderDocuments(s: PreviewState): void {
  const nav = byId('documents');
  nav.hidden = s.documents.length === 0;
  nav.replaceChildren(
    el('span', { class: 'menu-title' }, 'Документы Google:'),
    ...s.documents.map((d) => {
      const tab = el(
        'button',
        { type: 'button', 'data-testid': `document-${d.id}`, 'data-document': d.id },
        d.name,
      );
      tab.setAttribute('aria-pressed', String(d.id === openDocumentId));
      tab.addEventListener('click', () => void openDocument(d.id));
      return tab;
    }),
  );
  const newest = s.documents.at(-1);
  if (knownDocuments !== null && s.documents.length > knownDocuments && newest) void openDocument(newest.id);
  if (openDocumentId && !s.documents.some((d) => d.id === openDocumentId)) closeDocument();
  knownDocuments = s.documents.length;
}

function showToast(message: string): void {
  const toast = byId('toast');
  byId('toast-message').textContent = message;
  toast.hidden = false;
}

function showAlert(event: PreviewEvent): void {
  pendingAlerts.push(event);
  if (pendingAlerts.length === 1) openAlert();
}

function openAlert(): void {
  const next = pendingAlerts[0];
  const dialog = byId('alert');
  if (!next) {
    dialog.hidden = true;
    return;
  }
  dialog.dataset.kind = next.kind;
  byId('alert-title').textContent = next.title || 'ШНОР-монитор';
  byId('alert-message').textContent = next.message;
  dialog.hidden = false;
  byId('alert-ok').focus();
}

function showNewEvents(events: readonly PreviewEvent[]): void {
  const log = byId('event-list');
  for (const event of events) {
    if (event.seq <= lastEventSeq) continue;
    log.prepend(
      el('li', { 'data-kind': event.kind }, [event.title, event.message].filter(Boolean).join(': ')),
    );
    // Events from before the page was opened go to the log only.
    if (lastEventSeq < 0) continue;
    if (event.kind === 'toast') showToast(event.message);
    else showAlert(event);
  }
  lastEventSeq = Math.max(0, ...events.map((e) => e.seq));
}

function followSelection(s: PreviewState): void {
  if (!s.selection || s.selection.seq === lastSelectionSeq) return;
  lastSelectionSeq = s.selection.seq;
  currentSheet = s.selection.sheet;
  highlightedRow = { sheet: s.selection.sheet, row: s.selection.row };
}

function render(): void {
  const s = state;
  if (!s) return;
  followSelection(s);
  if (!currentSheet || !s.sheets.some((sheet) => sheet.name === currentSheet)) {
    currentSheet = s.activeSheet ?? s.sheets[0]?.name ?? null;
  }
  renderWorkbooks(s);
  renderMenu(s.menu);
  renderTabs(s.sheets);
  renderSheet(s.sheets.find((sheet) => sheet.name === currentSheet));
  renderFrame('sidebar', s.sidebar, (view, _frame, aside) => {
    aside.style.width = `${view.width}px`;
  });
  renderFrame('dialog', s.dialog, (view, frame) => {
    frame.style.width = `${view.width}px`;
    frame.style.height = `${view.height}px`;
  });
  renderDocuments(s);
  showNewEvents(s.events);
  document.querySelector('tr.selected-row')?.scrollIntoView({ block: 'center' });
  document.body.dataset.version = String(++version);
}

function start(): void {
  byId('reset').addEventListener('click', () => {
    forgetShown();
    highlightedRow = null;
    void apply(api('POST', '/api/reset'));
  });
  byId('alert-ok').addEventListener('click', () => {
    pendingAlerts.shift();
    openAlert();
  });
  byId('toast-close').addEventListener('click', () => {
    byId('toast').hidden = true;
  });
  byId('sidebar-close').addEventListener('click', () => apply(api('POST', '/api/sidebar/close')));
  byId('dialog-close').addEventListener('click', () => apply(api('POST', '/api/dialog/close')));
  byId('document-close').addEventListener('click', closeDocument);
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { source?: string; type?: string } | null;
    if (event.origin !== window.location.origin || data?.source !== 'shnor-preview') return;
    if (data.type === 'rpc-done') void refresh();
    // The dialog's google.script.host.close() closes the dialog, the sidebar's the sidebar.
    const fromDialog = event.source === byId<HTMLIFrameElement>('dialog-frame').contentWindow;
    if (data.type === 'close-sidebar')
      void apply(api('POST', fromDialog ? '/api/dialog/close' : '/api/sidebar/close'));
  });
  void refresh();
}

start();
