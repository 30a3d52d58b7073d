/**
 * An error whose message is already what the user should read: Russian, saying what happened and
 * what to do (a «Сводка» taken by other data, an advanced service switched off). Any other error is
 * unexpected, and the user is told so without its English text.
 */
export class ExplainedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ExplainedError';
  }
}
