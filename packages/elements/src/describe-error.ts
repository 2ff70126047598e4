import { isPaperframeError } from '@paperframe/core';
import { msg } from './i18n/index.js';

/**
 * A sentence a reader understands for a failed request: the server could not
 * be reached, took too long, sent something unreadable, or refused (with the
 * reason from its problem document when it gave one).
 *
 * @param error - What a store or request rejected with.
 * @return The sentence.
 */
export function describeError(error: unknown): string {
  if (!isPaperframeError(error)) return msg().errorUnknown;

  switch (error.kind) {
    case 'network':
      return msg().errorNetwork;
    case 'timeout':
      return msg().errorTimeout;
    case 'invalid-response':
      return msg().errorInvalid;
    case 'http':
      return error.problem?.detail ?? msg().errorHttp(error.status ?? 0);
  }
}
