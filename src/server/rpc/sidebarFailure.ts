// A sidebar call that fails reaches the browser as the Error's message (google.script.run's failure
// handler): it must be the one Russian sentence, never Google's English or a TypeError. The original
// goes to the Executions log; an input the handler refused is already Russian and passes as it is.
import { ExplainedError } from '../../core/failures/explainedError';
import { failureMessages } from '../../core/messages/failures';
import { failureCause, logFailure } from '../platform/failureReport';
import { RpcInputError } from './validate';

/** Runs one sidebar call; whatever it throws leaves as a Russian sentence. */
export function guardSidebarCall<R>(name: string, call: () => R): R {
  try {
    return call();
  } catch (error) {
    if (error instanceof RpcInputError) throw error;
    logFailure(`панель, ${name}`, error);
    throw new ExplainedError(failureMessages.sidebar(failureCause(error)));
  }
}
