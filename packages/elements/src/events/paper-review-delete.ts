/** What `paper-review-delete` carries. */
export interface PaperReviewDeleteDetail {
  /** The paper the review was about, as the element names it. */
  paperId: string;
  /** The deleted review's id. */
  reviewId: string;
}

/** Fired after the server deleted a review. */
export class PaperReviewDeleteEvent extends CustomEvent<PaperReviewDeleteDetail> {
  /**
   * @param detail - Which review was deleted.
   */
  constructor(detail: PaperReviewDeleteDetail) {
    super('paper-review-delete', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-review-delete': PaperReviewDeleteEvent;
  }
}
