// The Ui and HtmlService of Apps Script in memory: menus, alerts and sidebars are recorded so that
// tests and the preview can show what the user would have seen.
import type { CallCounter } from './callCounter';

export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
};
export const BUTTON = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' };

export type MenuEntry =
  | { readonly kind: 'item'; readonly label: string; readonly functionName: string }
  | { readonly kind: 'separator' };

export interface RecordedMenu {
  readonly title: string;
  readonly entries: MenuEntry[];
  addedToUi: boolean;
}

export interface RecordedAlert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
}

export interface RecordedDialog {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly html: string;
}

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;

  constructor(private content: string) {}

  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  setSandboxMode(_mode: unknown): this {
    return this;
  }
  addMetaTag(_name: string, _content: string): this {
    return this;
  }
}

/** Reads the HTML of a file pushed with the script (dist/<name>.html). */
export type HtmlLoader = (name: string) => string;

export function createFakeHtmlService(calls: CallCounter, htmlLoader?: HtmlLoader) {
  return {
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    createHtmlOutput(html = ''): FakeHtmlOutput {
      calls.hit('HtmlService.createHtmlOutput');
      return new FakeHtmlOutput(String(html));
    },
    createHtmlOutputFromFile(name: string): FakeHtmlOutput {
      calls.hit('HtmlService.createHtmlOutputFromFile');
      const file = String(name).replace(/\.html$/, '');
      let html: string;
      try {
        if (!htmlLoader) throw new Error('no loader');
        html = htmlLoader(file);
      } catch {
        throw new Error(`No HTML file named ${file} was found.`);
      }
      return new FakeHtmlOutput(html);
    },
  };
}

/** What a Ui records; `alertResponse` is the button the fake user presses. */
export class FakeAppsUi {
  readonly ButtonSet = BUTTON_SET;
  readonly Button = BUTTON;
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly dialogs: RecordedDialog[] = [];
  alertResponse: string = BUTTON.OK;
  promptResponse = '';

  constructor(private readonly calls: CallCounter) {}

  /** The sidebars shown, in order. */
  get sidebars(): RecordedDialog[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }

  createAddonMenu() {
    this.calls.hit('Ui.createAddonMenu');
    return this.newMenu('ШНОР-монитор');
  }

  createMenu(caption: string) {
    this.calls.hit('Ui.createMenu');
    return this.newMenu(caption);
  }

  private newMenu(title: string) {
    const menu: RecordedMenu = { title, entries: [], addedToUi: false };
    const builder = {
      addItem: (caption: string, functionName: string) => {
        menu.entries.push({ kind: 'item', label: String(caption), functionName: String(functionName) });
        return builder;
      },
      addSeparator: () => {
        menu.entries.push({ kind: 'separator' });
        return builder;
      },
      addSubMenu: () => builder,
      addToUi: () => {
        menu.addedToUi = true;
        this.menus.push(menu);
      },
    };
    return builder;
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons), as in Apps Script. */
  alert(...args: unknown[]): string {
    this.calls.hit('Ui.alert');
    const isButtonSet = (v: unknown) => typeof v === 'string' && v in BUTTON_SET;
    let title = '';
    let prompt: string;
    let buttons = BUTTON_SET.OK;
    if (args.length >= 3) [title, prompt, buttons] = args.map(String) as [string, string, string];
    else if (args.length === 2 && isButtonSet(args[1]))
      [prompt, buttons] = args.map(String) as [string, string];
    else if (args.length === 2) [title, prompt] = args.map(String) as [string, string];
    else prompt = String(args[0] ?? '');
    this.alerts.push({ title, prompt, buttons });
    return buttons === BUTTON_SET.OK ? BUTTON.OK : this.alertResponse;
  }

  prompt(...args: unknown[]) {
    this.calls.hit('Ui.prompt');
    const texts = args.filter((a) => typeof a === 'string' && !(a in BUTTON_SET)).map(String);
    this.alerts.push({
      title: texts.length > 1 ? texts[0]! : '',
      prompt: texts.at(-1) ?? '',
      buttons: 'PROMPT',
    });
    const text = this.promptResponse;
    const button = this.alertResponse;
    return { getResponseText: () => text, getSelectedButton: () => button };
  }

  showSidebar(output: FakeHtmlOutput): void {
    this.calls.hit('Ui.showSidebar');
    this.record('sidebar', output);
  }

  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.calls.hit('Ui.showModalDialog');
    this.record('modal', output, title);
  }

  showModelessDialog(output: FakeHtmlOutput, title: string): void {
    this.calls.hit('Ui.showModelessDialog');
    this.record('modeless', output, title);
  }

  private record(kind: RecordedDialog['kind'], output: FakeHtmlOutput, title?: string): void {
    if (!(output instanceof FakeHtmlOutput)) throw new Error('Invalid argument: userInterface');
    this.dialogs.push({
      kind,
      title: title ?? output.getTitle(),
      width: output.getWidth(),
      height: output.getHeight(),
      html: output.getContent(),
    });
  }
}
