import {
  REVIEWS_PAGE_SIZE,
  type PagedState,
  type Paper,
  type ResourceState,
  type Review,
  type ReviewsStore,
  reviews,
} from '@paperframe/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ItemActionsController } from '../controllers/item-actions-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { PaperReviewDeleteEvent } from '../events/paper-review-delete.js';
import { msg } from '../i18n/index.js';
import { PaperframeElement } from '../paperframe-element.js';
import { shared, tokens } from '../styles/tokens.js';
import { userTextStyles } from '../user-text/user-text.js';
import { clampPageSize, feedbackStyles } from './feedback.js';
import {
  renderEmpty,
  renderHeading,
  renderListState,
  renderLoadMore,
  renderMissingPaper,
  renderNoPaper,
} from './feedback-view.js';
import { type ReaderState, reader } from './reader.js';
import { ReviewFormController } from './review-form-controller.js';
import { renderReviewForm } from './review-form-view.js';
import { renderReview } from './review-item.js';
import { styles } from './paper-reviews.styles.js';

/**
 * The structured reviews of a paper: each with its summary, strengths,
 * concerns and method questions, rating and confidence; a form to write
 * one, with the server's limits checked as the reader types; edit and
 * delete for the author; helpful marks and reports for everyone. Drafts
 * are kept locally until the server accepts them.
 *
 * @summary Structured reviews of one paper, and the form to write one.
 *
 * @fires {PaperReviewSubmitEvent} paper-review-submit - The server accepted a new review or changes to one.
 * @fires {PaperReviewDeleteEvent} paper-review-delete - The server deleted a review.
 * @fires paper-login-request - A signed-out reader tried to post, mark or report; cancelable.
 * @csspart base - The section's box; `data-state` is loading, error, not-found, empty, ready or no-paper.
 * @csspart header - The heading line with the count and the form button.
 * @csspart heading - The "Structured reviews" heading.
 * @csspart count - The number of reviews.
 * @csspart open-form - The "Open review form" button.
 * @csspart list - The list of reviews.
 * @csspart item - Each review; also `review`.
 * @csspart item-meta - Author, date, "edited", rating and confidence.
 * @csspart author - The author's name.
 * @csspart date - The date posted.
 * @csspart edited - The "edited" mark.
 * @csspart rating - The rating, when given.
 * @csspart confidence - The confidence, when given.
 * @csspart summary - The review's summary.
 * @csspart section - Each labelled list; also `strengths`, `concerns` or `questions`.
 * @csspart section-heading - The label of each list.
 * @csspart actions - The helpful, report, edit and delete buttons.
 * @csspart helpful-button - Marks the review helpful.
 * @csspart report-button - Opens the report form.
 * @csspart edit-button - Opens the review in the form.
 * @csspart delete-button - Asks, then deletes the review.
 * @csspart form - The review form.
 * @csspart form-error - Why the last submit failed.
 * @csspart submit-button - Posts the review.
 * @csspart empty - The empty state and its invitation.
 * @csspart not-found - Says no paper has the id, or that the id is not valid; no form is offered.
 * @csspart error - The load error, with a retry.
 * @csspart retry-button - Loads the reviews again.
 * @csspart load-more - The "Load more" button.
 * @cssproperty [--pf-feedback-padding=1em 1.25em] - Space inside the section.
 */
export class PaperReviews extends PaperframeElement {
  static override styles = [
    tokens,
    shared,
    userTextStyles,
    feedbackStyles,
    styles,
  ];

  /** Level of the section heading, 1 to 6, to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** How many reviews a page shows before "Load more", 1 to 50. */
  @property({ attribute: 'page-size', type: Number }) pageSize =
    REVIEWS_PAGE_SIZE;

  private readonly list = new StoreController<PagedState<Review>>(this);
  private readonly paper = new StoreController<ResourceState<Paper>>(this);
  private readonly who = new StoreController<ReaderState>(this);

  private readonly actions = new ItemActionsController(this, {
    action: 'review',
    reader: () => this.who.value,
    report: async (id, reason) => {
      await this.store?.report(id, reason);
    },
    remove: async (id) => {
      await this.store?.remove(id);
      this.dispatchEvent(
        new PaperReviewDeleteEvent({
          paperId: this.resolvedPaperId ?? '',
          reviewId: id,
        }),
      );
    },
  });

  private readonly editor = new ReviewFormController(this, {
    reader: () => this.who.value,
    store: () => this.store,
    reviews: () => this.list.value?.items ?? [],
    signedIn: () => this.actions.signedIn(),
  });

  private store: ReviewsStore | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.resolvedPaperId;
    this.store = id
      ? reviews(this.session, id, clampPageSize(this.pageSize))
      : undefined;
    this.list.store = this.store?.$state;
    this.paper.store = id ? this.session.paper(id) : undefined;
    this.who.store = reader(this.session);

    this.editor.followReader();
  }

  override render(): TemplateResult {
    if (!this.resolvedPaperId) return renderNoPaper();

    const list = this.list.value;
    const status = list?.status ?? 'loading';
    const empty = status === 'ready' && list?.items.length === 0;
    const form = this.editor.state.form;
    const missing = status === 'not-found';

    return html`
      <section
        part="base"
        data-state=${empty ? 'empty' : status}
        aria-labelledby="heading"
        aria-busy=${status === 'loading' ? 'true' : 'false'}
      >
        ${this.renderHeader(missing)}
        ${
          form?.mode === 'new' && !missing
            ? renderReviewForm(this.editor, form)
            : nothing
        }
        ${this.renderBody(list)}
      </section>
    `;
  }

  private renderHeader(missing: boolean): TemplateResult {
    const m = msg().feedback;
    const count = this.count();
    const formShown = this.editor.state.form?.mode === 'new';

    return html`
      <div part="header">
        ${renderHeading(
          this.headingLevel,
          m.reviewsHeading,
          count === undefined ? undefined : m.reviewCount(count),
        )}
        ${
          formShown || missing
            ? nothing
            : html`<button
              part="open-form"
              class="button"
              type="button"
              @click=${() => this.editor.open({ mode: 'new' })}
            >
              ${m.openReviewForm}
            </button>`
        }
      </div>
    `;
  }

  /** The paper's review count, which the card shows too. */
  private count(): number | undefined {
    const paper = this.paper.value;
    if (paper?.status === 'ready') return paper.data.counts.reviews;
    const list = this.list.value;
    if (list?.status === 'ready' && !list.nextCursor) return list.items.length;
    return undefined;
  }

  private renderBody(list: PagedState<Review> | undefined): TemplateResult {
    const m = msg().feedback;
    if (list?.status === 'not-found') {
      return renderMissingPaper(list.reason, this.resolvedPaperId ?? '');
    }
    if (list?.status !== 'ready') {
      return renderListState(
        list,
        { loading: m.reviewsLoading, error: m.reviewsError },
        () => this.store?.reload(),
      );
    }

    if (list.items.length === 0) {
      return renderEmpty(m.reviewsEmpty, m.reviewsInvite);
    }

    return html`
      <ul part="list" aria-label=${m.reviewsHeading}>
        ${list.items.map((review) => this.renderReview(review))}
      </ul>
      ${renderLoadMore(list, () => this.store?.loadMore())}
    `;
  }

  private renderReview(review: Review): TemplateResult {
    const form = this.editor.state.form;
    if (form?.mode === 'edit' && form.id === review.id) {
      return html`<li part="item review">
        ${renderReviewForm(this.editor, form)}
      </li>`;
    }

    return renderReview(review, () => this.renderActions(review));
  }

  private renderActions(review: Review): TemplateResult {
    const m = msg().feedback;
    const mine = this.who.value?.id === review.author.id;

    return this.actions.render({
      id: review.id,
      mine,
      confirmText: m.confirmDeleteReview,
      edit: () => this.editor.open({ mode: 'edit', id: review.id }),
      lead: html`<button
        part="helpful-button"
        class="link-button"
        type="button"
        aria-pressed=${review.helpfulByMe ? 'true' : 'false'}
        ?disabled=${mine}
        @click=${() => this.markHelpful(review)}
      >
        ${
          review.helpfulByMe
            ? m.markedHelpful(review.helpful)
            : m.helpful(review.helpful)
        }
      </button>`,
    });
  }

  private async markHelpful(review: Review): Promise<void> {
    if (review.helpfulByMe) return;
    await this.actions.act(review.id, async () => {
      await this.store?.markHelpful(review.id);
    });
  }
}
