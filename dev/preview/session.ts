// One preview session: a persistent in-memory copy of each sample workbook, and the built add-on
// run against it. Like Apps Script, every call loads Code.js afresh (nothing survives in module
// state between executions) while the workbook, properties and triggers persist.
import { createFakeGlobals, type FakeGlobals, runInSandbox } from '../../test/fakes/fakeGlobals';
import {
  illegalScriptRunArgument,
  scriptRunError,
  serializeScriptRunResult,
} from '../../test/fakes/scriptRunSerialization';
import type { SampleWorkbook } from '../sample/sampleWorkbook';
import { type DocumentSummary, type DocumentView, documentSummary, documentView } from './documentView';
import { type SheetView, workbookView } from './sheetView';

export type MenuView =
  | { readonly label: string; readonly functionName: string }
  | { readonly separator: true };

export interface PreviewEvent {
  readonly seq: number;
  readonly kind: 'toast' | 'alert' | 'error';
  readonly title: string;
  readonly message: string;
}

export interface SidebarView {
  /** Changes each time the add-on shows a sidebar: the page reloads its iframe then. */
  readonly seq: number;
  readonly title: string;
  readonly width: number;
}

/** A modal dialog the add-on opened (the справка's link): shown over the page. */
export interface DialogView {
  readonly seq: number;
  readonly title: string;
  readonly width: number;
  readonly height: number;
}

export interface SelectionView {
  readonly seq: number;
  readonly sheet: string;
  readonly a1: string;
  readonly row: number;
}

export interface PreviewState {
  readonly workbooks: readonly { readonly id: string; readonly label: string }[];
  readonly workbook: string;
  readonly title: string;
  readonly menu: readonly MenuView[];
  readonly sheets: readonly SheetView[];
  readonly activeSheet: string | null;
  readonly selection: SelectionView | null;
  readonly events: readonly PreviewEvent[];
  readonly sidebar: SidebarView | null;
  readonly dialog: DialogView | null;
  /** The Google Docs the add-on created in this workbook's session, oldest first. */
  readonly documents: readonly DocumentSummary[];
}

export type CallOutcome =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };

const KEPT_EVENTS = 50;
const ERROR_TITLE = 'Ошибка';
const CALL_TIMEOUT_MS = 60_000;

class WorkbookSession {
  fake!: FakeGlobals;
  menu: MenuView[] = [];
  sidebar: (SidebarView & { readonly html: string }) | null = null;
  dialog: (DialogView & { readonly html: string }) | null = null;
  selection: SelectionView | null = null;
  private timeZone = 'Europe/Moscow';

  constructor(
    readonly sample: SampleWorkbook,
    private readonly code: () => string,
    private readonly htmlLoader: (name: string) => string,
    private readonly nextSeq: () => number,
    private readonly emit: (kind: PreviewEvent['kind'], title: string, message: string) => void,
  ) {
    this.reset();
  }

  reset(): void {
    const instance = this.sample.create();
    this.fake = createFakeGlobals({
      spreadsheet: instance.spreadsheet,
      htmlLoader: this.htmlLoader,
      echoLogs: true,
      ...(instance.openById ? { openById: instance.openById } : {}),
      ...(instance.extraGlobals ? { extra: instance.extraGlobals } : {}),
    });
    this.timeZone = instance.spreadsheet.getSpreadsheetTimeZone();
    this.sidebar = null;
    this.dialog = null;
    this.selection = null;
    this.menu = this.readMenu();
  }

  /** The menu as onOpen builds it before authorisation: the labels come from the built add-on. */
  private readMenu(): MenuView[] {
    this.fake.authMode = 'NONE';
    const outcome = this.call('onOpen', [{ authMode: 'NONE', source: null }]);
    this.fake.authMode = 'FULL';
    if (!outcome.ok) this.emit('error', ERROR_TITLE, `onOpen: ${outcome.error.message}`);
    const menu = this.fake.ui.menus.at(-1);
    return (menu?.entries ?? []).map((e) =>
      e.kind === 'item' ? { label: e.label, functionName: e.functionName } : { separator: true },
    );
  }

  functionNames(): string[] {
    return runInSandbox(this.code(), {}).functionNames();
  }

  /** Runs a global function of Code.js and turns what the user would see into events. */
  call(functionName: string, args: readonly unknown[]): CallOutcome {
    const { fake } = this;
    const seen = {
      toasts: fake.spreadsheet.toasts.length,
      alerts: fake.ui.alerts.length,
      dialogs: fake.ui.dialogs.length,
      selection: JSON.stringify(fake.spreadsheet.activeRange),
    };
    let outcome: CallOutcome;
    try {
      const sandbox = runInSandbox(this.code(), fake.globals, { timeoutMs: CALL_TIMEOUT_MS });
      outcome = { ok: true, result: sandbox.call(functionName, ...args) };
    } catch (error) {
      outcome = { ok: false, error: scriptRunError(error) };
    }
    for (const message of fake.spreadsheet.toasts.slice(seen.toasts)) this.emit('toast', '', message);
    for (const alert of fake.ui.alerts.slice(seen.alerts)) this.emit('alert', alert.title, alert.prompt);
    const shown = fake.ui.dialogs.slice(seen.dialogs);
    const sidebar = shown.filter((d) => d.kind === 'sidebar').at(-1);
    if (sidebar)
      this.sidebar = {
        seq: this.nextSeq(),
        title: sidebar.title,
        width: sidebar.width ?? 300,
        html: sidebar.html,
      };
    // A modal dialog opens over the spreadsheet and its sidebar, as in Sheets.
    const dialog = shown.filter((d) => d.kind !== 'sidebar').at(-1);
    if (dialog)
      this.dialog = {
        seq: this.nextSeq(),
        title: dialog.title,
        width: dialog.width ?? 400,
        height: dialog.height ?? 200,
        html: dialog.html,
      };
    const active = fake.spreadsheet.activeRange;
    if (active && JSON.stringify(active) !== seen.selection)
      this.selection = { seq: this.nextSeq(), ...active };
    return outcome;
  }

  sheets(): SheetView[] {
    return workbookView(this.fake.spreadsheet, this.timeZone);
  }

  activeSheet(): string | null {
    return this.fake.spreadsheet.activeSheetName || null;
  }
}

export class PreviewSession {
  private readonly workbooks: WorkbookSession[];
  private current: WorkbookSession;
  private readonly events: PreviewEvent[] = [];
  private seq = 0;
  private readonly emit: (kind: PreviewEvent['kind'], title: string, message: string) => void;

  constructor(samples: readonly SampleWorkbook[], code: () => string, htmlLoader: (name: string) => string) {
    if (samples.length === 0) throw new Error('no sample workbook to preview');
    const nextSeq = () => ++this.seq;
    this.emit = (kind, title, message) => {
      this.events.push({ seq: nextSeq(), kind, title, message });
      if (this.events.length > KEPT_EVENTS) this.events.shift();
    };
    this.workbooks = samples.map((s) => new WorkbookSession(s, code, htmlLoader, nextSeq, this.emit));
    this.current = this.workbooks[0]!;
  }

  /** The fake globals of the workbook on screen: for tests that look behind the page. */
  get globals(): FakeGlobals {
    return this.current.fake;
  }

  switchTo(id: string): boolean {
    const found = this.workbooks.find((w) => w.sample.id === id);
    if (found) this.current = found;
    return found !== undefined;
  }

  reset(): void {
    this.current.reset();
  }

  /** A menu click: errors are shown to the user like Apps Script's red error bar. */
  runMenu(functionName: string): CallOutcome {
    const outcome = this.current.call(functionName, []);
    if (!outcome.ok) this.emit('error', ERROR_TITLE, outcome.error.message);
    return outcome;
  }

  /** A google.script.run call from the sidebar, with the platform's serialisation both ways. */
  rpc(functionName: string, args: readonly unknown[]): CallOutcome {
    const illegal = illegalScriptRunArgument(args);
    if (illegal) return { ok: false, error: { name: 'Error', message: illegal } };
    if (functionName.endsWith('_'))
      return { ok: false, error: { name: 'Error', message: `Script function not found: ${functionName}` } };
    const outcome = this.current.call(functionName, args);
    return outcome.ok ? { ok: true, result: serializeScriptRunResult(outcome.result) } : outcome;
  }

  /** The names google.script.run offers the sidebar: public top-level functions. */
  rpcFunctionNames(): string[] {
    return this.current.functionNames().filter((name) => !name.endsWith('_'));
  }

  sidebarHtml(): string | null {
    return this.current.sidebar?.html ?? null;
  }

  closeSidebar(): void {
    this.current.sidebar = null;
  }

  dialogHtml(): string | null {
    return this.current.dialog?.html ?? null;
  }

  closeDialog(): void {
    this.current.dialog = null;
  }

  /** A Doc created by the add-on in the workbook on screen, element by element. */
  document(id: string): DocumentView | null {
    const found = this.current.fake.documentApp.documents.find((d) => d.id === id);
    return found ? documentView(found) : null;
  }

  state(): PreviewState {
    const w = this.current;
    const sidebar = w.sidebar ? { seq: w.sidebar.seq, title: w.sidebar.title, width: w.sidebar.width } : null;
    const dialog = w.dialog
      ? { seq: w.dialog.seq, title: w.dialog.title, width: w.dialog.width, height: w.dialog.height }
      : null;
    return {
      workbooks: this.workbooks.map((x) => ({ id: x.sample.id, label: x.sample.label })),
      workbook: w.sample.id,
      title: w.fake.spreadsheet.getName(),
      menu: w.menu,
      sheets: w.sheets(),
      activeSheet: w.activeSheet(),
      selection: w.selection,
      events: [...this.events],
      sidebar,
      dialog,
      documents: w.fake.documentApp.documents.map(documentSummary),
    };
  }
}
