/** What `paper-comment-delete` carries. */
export interface PaperCommentDeleteDetail {
  /** The paper discussed, as the element names it. */
  paperId: string;
  /** The deleted comment's id; its replies went with it. */
  commentId: string;
}

/** Fired after the server deleted a comment or reply. */
export class PaperCommentDeleteEvent extends CustomEvent<PaperCommentDeleteDetail> {
  /**
   * @param detail - Which comment was deleted.
   */
  constructor(detail: PaperCommentDeleteDetail) {
    super('paper-comment-delete', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-comment-delete': PaperCommentDeleteEvent;
  }
}
