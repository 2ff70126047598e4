import type { Vote } from '@paperframe/core';

/** What `paper-reaction-change` carries. */
export interface PaperReactionChangeDetail {
  paperId: string;
  /** The reader's vote now: `like`, `dislike` or `none`. */
  vote: Vote;
  /** The reader's specific reactions now, as reaction-kind ids. */
  kinds: string[];
}

/**
 * Fired after the server accepted a change to the reader's vote or specific
 * reactions on a paper.
 */
export class PaperReactionChangeEvent extends CustomEvent<PaperReactionChangeDetail> {
  /**
   * @param detail - Which paper, and the reader's vote and reactions now.
   */
  constructor(detail: PaperReactionChangeDetail) {
    super('paper-reaction-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-reaction-change': PaperReactionChangeEvent;
  }
}
