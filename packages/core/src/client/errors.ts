import type { Problem } from '../contract/types.js';

/** What went wrong with a request, from the caller's point of view. */
export type PaperframeErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'invalid-response';

/** Everything known about a failed request. */
export interface PaperframeErrorInit {
  kind: PaperframeErrorKind;
  method: string;
  url: string;
  status?: number;
  statusText?: string;
  problem?: Problem;
  retryAfter?: number;
  field?: string;
  cause?: unknown;
}

const BRAND = Symbol.for('paperframe.error');

/**
 * The one error the Paperframe client throws. `kind` says whether the
 * network failed, the request timed out, the server answered with an error
 * status (`status` and the RFC 9457 `problem` document are then set), or
 * the response did not match the contract (`field` names the culprit).
 *
 * Check with `isPaperframeError()` rather than `instanceof`, so errors made
 * by another copy of Paperframe on the page are recognised too.
 */
export class PaperframeError extends Error {
  /** Brand that `isPaperframeError()` checks. */
  readonly [BRAND] = true;

  /** What went wrong. */
  readonly kind: PaperframeErrorKind;

  /** The request's HTTP method, upper case. */
  readonly method: string;

  /** The request's full URL. */
  readonly url: string;

  /** The response status, for `http` errors. */
  readonly status?: number;

  /** The problem document the server sent, when it sent one. */
  readonly problem?: Problem;

  /** Seconds the server asked us to wait (`Retry-After`), when it did. */
  readonly retryAfter?: number;

  /** Dot path of the field that failed validation, for `invalid-response`. */
  readonly field?: string;

  /**
   * @param init - The failure's details; the message is derived from them.
   */
  constructor(init: PaperframeErrorInit) {
    super(describe(init), { cause: init.cause });
    this.name = 'PaperframeError';
    this.kind = init.kind;
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.problem = init.problem;
    this.retryAfter = init.retryAfter;
    this.field = init.field;
  }
}

/**
 * Tells whether a value is a `PaperframeError`, from any copy of Paperframe.
 *
 * @param value - Anything caught.
 * @return True for a Paperframe client error.
 */
export function isPaperframeError(value: unknown): value is PaperframeError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [BRAND]?: unknown })[BRAND] === true
  );
}

function describe(init: PaperframeErrorInit): string {
  const target = `${init.method} ${init.url}`;

  switch (init.kind) {
    case 'network':
      return `Could not reach the server: ${target}`;
    case 'timeout':
      return `The server took too long to answer: ${target}`;
    case 'invalid-response':
      return `The server sent an invalid response (${init.field ?? 'body'}): ${target}`;
    case 'http': {
      const status = [init.status, init.statusText].filter(Boolean).join(' ');
      const detail = init.problem?.detail ? ` (${init.problem.detail})` : '';
      return `Request failed with ${status}${detail}: ${target}`;
    }
  }
}
