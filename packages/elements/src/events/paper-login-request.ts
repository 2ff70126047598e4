/** What `paper-login-request` carries. */
export interface PaperLoginRequestDetail {
  /** What the reader tried to do, e.g. `like`, `save`, `react`, `review`. */
  action: string;
  /** The paper concerned, when there is one. */
  paperId?: string;
  /** The backend the reader must sign in to. */
  api: string;
}

/**
 * Fired when a signed-out reader tries something that needs an account,
 * just before the sign-in popup opens. Call `preventDefault()` to run the
 * host's own sign-in instead: no popup opens, and once the host hands the
 * session a token the element completes what the reader started.
 */
export class PaperLoginRequestEvent extends CustomEvent<PaperLoginRequestDetail> {
  /**
   * @param detail - What the reader tried, on which paper and backend.
   */
  constructor(detail: PaperLoginRequestDetail) {
    super('paper-login-request', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-login-request': PaperLoginRequestEvent;
  }
}
