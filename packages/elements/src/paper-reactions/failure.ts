import { isPaperframeError } from '@paperframe/core';
import { msg } from '../i18n/index.js';

/**
 * Says in words why a change was undone: the network, a lost sign-in, a
 * refusal, a rate limit (with when to try again) or a server failure.
 *
 * @param error - What the action rejected with.
 * @return A sentence for the reader.
 */
export function describeFailure(error: unknown): string {
  const text = msg().reactions;
  if (!isPaperframeError(error)) return text.undoneUnknown;

  switch (error.kind) {
    case 'network':
      return text.undoneNetwork;
    case 'timeout':
      return text.undoneTimeout;
    case 'invalid-response':
      return text.undoneUnknown;
  }

  const status = error.status ?? 0;
  if (status === 401) return text.undoneSignedOut;
  if (status === 403) return text.undoneForbidden;
  if (status === 429) return text.undoneRateLimited(error.retryAfter);
  if (status >= 500) return text.undoneServer(status);
  return text.undoneInvalid(error.problem?.detail);
}
