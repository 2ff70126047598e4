/** What `paper-review-submit` carries. */
export interface PaperReviewSubmitDetail {
  /** The paper reviewed, as the element names it. */
  paperId: string;
  /** The review's id on the server. */
  reviewId: string;
  /** `create` for a new review, `edit` for saved changes. */
  action: 'create' | 'edit';
}

/** Fired after the server accepted a new review or changes to one. */
export class PaperReviewSubmitEvent extends CustomEvent<PaperReviewSubmitDetail> {
  /**
   * @param detail - Which review was saved and how.
   */
  constructor(detail: PaperReviewSubmitDetail) {
    super('paper-review-submit', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-review-submit': PaperReviewSubmitEvent;
  }
}
