/** What `paper-comment-submit` carries. */
export interface PaperCommentSubmitDetail {
  /** The paper discussed, as the element names it. */
  paperId: string;
  /** The comment's id on the server. */
  commentId: string;
  /** The comment replied to, or null for a top-level comment. */
  parentId: string | null;
  /** `create` for a new comment or reply, `edit` for saved changes. */
  action: 'create' | 'edit';
}

/** Fired after the server accepted a new comment, reply, or changes. */
export class PaperCommentSubmitEvent extends CustomEvent<PaperCommentSubmitDetail> {
  /**
   * @param detail - Which comment was saved and how.
   */
  constructor(detail: PaperCommentSubmitDetail) {
    super('paper-comment-submit', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-comment-submit': PaperCommentSubmitEvent;
  }
}
