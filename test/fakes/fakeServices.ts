// Small Apps Script services in memory: Properties, Lock, data validation, Utilities, Session,
// Logger and console. Each counts its calls on the workbook's CallCounter.
import type { CallCounter } from './callCounter';
import { FakeLock, FakeProperties } from './fakeContext';

// Apps Script's quota: 500 KB of properties per store.
const STORE_LIMIT = 500 * 1024;

export class FakeServiceProperties extends FakeProperties {
  constructor(
    private readonly calls: CallCounter,
    private readonly store_: string,
  ) {
    super();
  }
  override getProperty(key: string): string | null {
    this.calls.hit(`${this.store_}.getProperty`);
    return super.getProperty(key);
  }
  override setProperty(key: string, value: string): this {
    this.calls.hit(`${this.store_}.setProperty`);
    const text = String(value);
    let size = key.length + text.length;
    for (const [k, v] of this.store) if (k !== key) size += k.length + v.length;
    if (size > STORE_LIMIT) throw new Error('You have exceeded the property storage quota.');
    return super.setProperty(String(key), text);
  }
  override deleteProperty(key: string): this {
    this.calls.hit(`${this.store_}.deleteProperty`);
    return super.deleteProperty(key);
  }
  getProperties(): Record<string, string> {
    this.calls.hit(`${this.store_}.getProperties`);
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    this.calls.hit(`${this.store_}.setProperties`);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) super.setProperty(k, String(v));
    return this;
  }
  getKeys(): string[] {
    this.calls.hit(`${this.store_}.getKeys`);
    return [...this.store.keys()];
  }
  deleteAllProperties(): this {
    this.calls.hit(`${this.store_}.deleteAllProperties`);
    this.store.clear();
    return this;
  }
}

export class FakeServiceLock extends FakeLock {
  constructor(private readonly calls: CallCounter) {
    super();
  }
  override tryLock(timeoutInMillis: number): boolean {
    this.calls.hit('Lock.tryLock');
    return super.tryLock(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.calls.hit('Lock.waitLock');
    if (!super.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.held;
  }
  override releaseLock(): void {
    this.calls.hit('Lock.releaseLock');
    super.releaseLock();
  }
}

export interface FakeDataValidation {
  readonly kind: 'checkbox' | 'list';
  readonly values: readonly string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export function newFakeDataValidation(calls: CallCounter) {
  calls.hit('SpreadsheetApp.newDataValidation');
  const rule: { -readonly [K in keyof FakeDataValidation]: FakeDataValidation[K] } = {
    kind: 'checkbox',
    values: [],
    showDropdown: true,
    allowInvalid: true,
    helpText: '',
  };
  const builder = {
    requireCheckbox() {
      rule.kind = 'checkbox';
      return builder;
    },
    requireValueInList(values: readonly string[], showDropdown = true) {
      if (!Array.isArray(values) || values.length === 0) throw new Error('Invalid argument: values');
      rule.kind = 'list';
      rule.values = values.map(String);
      rule.showDropdown = showDropdown;
      return builder;
    },
    setAllowInvalid(allowInvalid: boolean) {
      rule.allowInvalid = allowInvalid;
      return builder;
    },
    setHelpText(text: string) {
      rule.helpText = String(text);
      return builder;
    },
    build(): FakeDataValidation {
      return { ...rule, values: [...rule.values] };
    },
  };
  return builder;
}

/** Utilities.formatDate with the SimpleDateFormat letters the add-on uses. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Number.isNaN(new Date(date).getTime())) throw new Error('Invalid argument: date');
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(date));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const fields: Record<string, string> = {
    yyyy: part('year'),
    yy: part('year').slice(-2),
    MM: part('month'),
    M: String(Number(part('month'))),
    dd: part('day'),
    d: String(Number(part('day'))),
    HH: part('hour'),
    H: String(Number(part('hour'))),
    mm: part('minute'),
    ss: part('second'),
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (token, literal) =>
    literal !== undefined ? literal : (fields[token] ?? token),
  );
}

export function createFakeUtilities(calls: CallCounter) {
  return {
    formatDate(date: Date, timeZone: string, pattern: string): string {
      calls.hit('Utilities.formatDate');
      return formatDate(date, timeZone, pattern);
    },
    sleep(_ms: number): void {
      calls.hit('Utilities.sleep');
    },
    getUuid(): string {
      return crypto.randomUUID();
    },
  };
}

/** console and Logger write here, so a test run stays quiet and can still assert on logs. */
export function createFakeLogging(logs: string[], echo: boolean) {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      const line = `${level}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`;
      logs.push(line);
      if (echo) process.stderr.write(`[Code.js] ${line}\n`);
    };
  const logger = {
    log(format: unknown, ...values: unknown[]) {
      write('log')(format, ...values);
      return logger;
    },
    getLog: () => logs.join('\n'),
    clear: () => {
      logs.length = 0;
    },
  };
  const console = {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    time: () => {},
    timeEnd: () => {},
  };
  return { logger, console };
}
