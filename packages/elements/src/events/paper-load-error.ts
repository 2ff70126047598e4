import type { PaperframeErrorKind } from '@paperframe/core';

/** What `paper-load-error` carries. */
export interface PaperLoadErrorDetail {
  /** The paper that failed to load, if one was asked for. */
  paperId: string | undefined;
  /** What went wrong; `unknown` for a failure outside the client. */
  kind: PaperframeErrorKind | 'unknown';
  /** HTTP status, for `http` failures. */
  status: number | undefined;
  /** The error message, for logs. */
  message: string;
}

/**
 * Fired when an element's data failed to load and it shows its error
 * state, so the host can log or report it.
 */
export class PaperLoadErrorEvent extends CustomEvent<PaperLoadErrorDetail> {
  /**
   * @param detail - Which paper failed and why.
   */
  constructor(detail: PaperLoadErrorDetail) {
    super('paper-load-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-load-error': PaperLoadErrorEvent;
  }
}
