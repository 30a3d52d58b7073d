// The part of the HtmlService client API (google.script.run, google.script.host) the sidebars use.
// Declared here because the sidebar ring compiles without Apps Script types.

/** A runner: each server function is a method; handlers are attached by chaining. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

export interface GoogleScript {
  readonly run: ScriptRunner;
  readonly host?: { close(): void };
}

/** The client API, or null outside Apps Script (a page opened straight from dist/). */
export function googleScript(): GoogleScript | null {
  const google = (globalThis as { google?: { script?: GoogleScript } }).google;
  return google?.script?.run ? google.script : null;
}
