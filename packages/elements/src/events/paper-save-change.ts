/** What `paper-save-change` carries. */
export interface PaperSaveChangeDetail {
  paperId: string;
  /** The collection's id; `default` is the reader's "Saved" collection. */
  collectionId: string;
  /** True when the paper was saved into it, false when removed. */
  saved: boolean;
}

/**
 * Fired after the server accepted saving a paper into one of the reader's
 * collections, or removing it from one.
 */
export class PaperSaveChangeEvent extends CustomEvent<PaperSaveChangeDetail> {
  /**
   * @param detail - Which paper, which collection, and whether it is saved.
   */
  constructor(detail: PaperSaveChangeDetail) {
    super('paper-save-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-save-change': PaperSaveChangeEvent;
  }
}
