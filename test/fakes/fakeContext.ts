// An AddonContext made of in-memory fakes: what every server test hands to an action.
import type { AddonContext } from '../../src/server/context';
import type {
  LockLike,
  PropertiesLike,
  SidebarName,
  TriggerPort,
  UiPort,
  ValidationFactory,
} from '../../src/server/platform/surface';
import { createFakeCharts, type FakeCharts } from './fakeCharts';
import { createFakeDocumentApp, type FakeDocumentApp } from './fakeDocumentApp';
import { FakeSpreadsheet, fakeConditionalRuleBuilder } from './fakeSpreadsheet';

export class FakeProperties implements PropertiesLike {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    // Apps Script rejects a value over 9 KB.
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
}

export class FakeLock implements LockLike {
  held = false;
  /** Another execution holds the lock: tryLock fails. */
  busyElsewhere = false;
  acquisitions = 0;
  tryLock(_timeoutInMillis: number): boolean {
    if (this.busyElsewhere) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  releaseLock(): void {
    this.held = false;
  }
}

export class FakeUi implements UiPort {
  readonly alerts: { title: string; message: string }[] = [];
  readonly sidebars: { name: SidebarName; title: string }[] = [];
  readonly dialogs: { html: string; title: string; width: number; height: number }[] = [];
  alert(title: string, message: string): void {
    this.alerts.push({ title, message });
  }
  showSidebar(name: SidebarName, title: string): void {
    this.sidebars.push({ name, title });
  }
  showModalDialog(html: string, title: string, width: number, height: number): void {
    this.dialogs.push({ html, title, width, height });
  }
}

export class FakeTriggers implements TriggerPort {
  readonly daily: { handler: string; hour: number }[] = [];
  /**
   * ScriptApp refuses to create the trigger with this message: a test deployment (installable
   * triggers are not supported there), the per-user trigger quota, an add-on's one time-driven
   * trigger per document.
   */
  refusal: string | null = null;
  handlerNames(): string[] {
    return this.daily.map((t) => t.handler);
  }
  createDaily(handlerName: string, hour: number): void {
    if (this.refusal !== null) throw new Error(this.refusal);
    this.daily.push({ handler: handlerName, hour });
  }
}

export const fakeValidations: ValidationFactory = {
  checkbox: () => ({ kind: 'checkbox' }) as unknown as GoogleAppsScript.Spreadsheet.DataValidation,
  list: (values) =>
    ({ kind: 'list', values: [...values] }) as unknown as GoogleAppsScript.Spreadsheet.DataValidation,
};

export interface FakeContext extends AddonContext {
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  readonly documentProperties: FakeProperties;
  readonly triggers: FakeTriggers;
  /** The справка's services, counting on the workbook's CallCounter. */
  readonly documentApp: FakeDocumentApp;
  readonly charts: FakeCharts;
}

/** A context over the given workbook (a new empty one by default) at a fixed moment. */
export function createFakeContext(
  spreadsheet: FakeSpreadsheet = new FakeSpreadsheet(),
  now: Date = new Date('2024-11-20T09:00:00+03:00'),
): FakeContext {
  const documentApp = createFakeDocumentApp(spreadsheet.calls);
  const charts = createFakeCharts(spreadsheet.calls);
  return {
    spreadsheet,
    documentApp,
    charts,
    reportServices: { documentApp: () => documentApp, charts: () => charts },
    ui: new FakeUi(),
    lock: new FakeLock(),
    documentProperties: new FakeProperties(),
    validations: fakeValidations,
    conditionalFormats: { newRule: fakeConditionalRuleBuilder },
    triggers: new FakeTriggers(),
    now: () => now,
  };
}
