/** What `paper-sign-out` carries. */
export interface PaperSignOutDetail {
  /** The backend the reader signed out of. */
  api: string;
}

/**
 * Fired after the reader signed out with a Paperframe element. Every
 * element on the page shows the signed-out state at the same time.
 */
export class PaperSignOutEvent extends CustomEvent<PaperSignOutDetail> {
  /**
   * @param detail - The backend signed out of.
   */
  constructor(detail: PaperSignOutDetail) {
    super('paper-sign-out', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-sign-out': PaperSignOutEvent;
  }
}
