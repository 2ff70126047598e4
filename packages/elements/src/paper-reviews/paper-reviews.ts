import {
  adoptDraft,
  REVIEWS_PAGE_SIZE,
  type DraftStore,
  draft,
  type PagedState,
  type Paper,
  type ResourceState,
  type Review,
  type ReviewsStore,
  reviews,
  type User,
} from '@paperframe/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { StoreController } from '../controllers/store-controller.js';
import { PaperReviewDeleteEvent } from '../events/paper-review-delete.js';
import { PaperReviewSubmitEvent } from '../events/paper-review-submit.js';
import { msg } from '../i18n/index.js';
import { PaperframeElement } from '../paperframe-element.js';
import { shared, tokens } from '../styles/tokens.js';
import {
  serverLength,
  userLine,
  userText,
  userTextStyles,
} from '../user-text/user-text.js';
import {
  clampPageSize,
  describeWriteError,
  feedbackStyles,
  fieldErrors,
  formatDate,
  needsSignIn,
  wasEdited,
} from './feedback.js';
import {
  type ReaderState,
  reader,
  requestSignIn,
  reportAuthError,
} from './reader.js';
import {
  emptyReview,
  fromReview,
  isBlank,
  LISTS,
  type ListKey,
  listLabel,
  mapServerErrors,
  REVIEW_LIMITS,
  type ReviewDraft,
  readDraft,
  toFields,
  validateReview,
} from './review-form.js';
import { styles } from './paper-reviews.styles.js';

/** Which form is open: a new review, or changes to one. */
type FormMode = { mode: 'new' } | { mode: 'edit'; id: string };

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
 * @csspart base - The section's box; `data-state` is loading, error, empty, ready or no-paper.
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

  @state() private form: FormMode | null = null;
  @state() private value: ReviewDraft = emptyReview();
  @state() private attempted = false;
  @state() private busy = false;
  @state() private formMessage = '';
  @state() private formNotice = '';
  @state() private serverErrors: Record<string, string> = {};
  @state() private confirming: string | null = null;
  @state() private reporting: string | null = null;
  @state() private reportText = '';
  @state() private itemMessages = new Map<string, string>();

  private store: ReviewsStore | undefined;
  private draftStore: DraftStore<ReviewDraft> | undefined;
  private restoredFor: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.resolvedPaperId;
    this.store = id
      ? reviews(this.session, id, clampPageSize(this.pageSize))
      : undefined;
    this.list.store = this.store?.$state;
    this.paper.store = id ? this.session.paper(id) : undefined;
    this.who.store = reader(this.session);

    this.followReader();
  }

  /** Keeps the draft under the current reader, and restores a saved one. */
  private followReader(): void {
    const user = this.who.value;
    const id = this.resolvedPaperId;
    if (user === undefined || !id) return;

    const readerKey = `${this.session.api}|${id}|${user?.id ?? ''}`;
    if (this.restoredFor === readerKey) return;
    this.restoredFor = readerKey;

    if (this.form) {
      // Signed in (or out) with the form open: move the text to the new key.
      this.draftStore?.clear();
      this.draftStore = this.draftFor(this.form);
      if (!isBlank(this.value)) this.draftStore.set(this.value);
      return;
    }

    const saved = readDraft(this.draftFor({ mode: 'new' }).$value.get());
    if (saved && !isBlank(saved)) {
      this.openForm({ mode: 'new' }, saved);
      this.formNotice = msg().feedback.draftRestored;
    }
  }

  private draftFor(form: FormMode): DraftStore<ReviewDraft> {
    const key = {
      paperId: this.resolvedPaperId ?? '',
      reader: this.who.value?.id ?? null,
      form:
        form.mode === 'new' ? ('review' as const) : ('review-edit' as const),
      target: form.mode === 'edit' ? form.id : undefined,
    };
    return key.reader
      ? adoptDraft<ReviewDraft>(this.session, key)
      : draft<ReviewDraft>(this.session, key);
  }

  override render(): TemplateResult {
    const id = this.resolvedPaperId;
    if (!id) {
      return html`<section part="base" data-state="no-paper">
        <p class="notice">${msg().noPaperId}</p>
      </section>`;
    }

    const list = this.list.value;
    const status = list?.status ?? 'loading';
    const empty = status === 'ready' && list?.items.length === 0;

    return html`
      <section
        part="base"
        data-state=${empty ? 'empty' : status}
        aria-labelledby="heading"
        aria-busy=${status === 'loading' ? 'true' : 'false'}
      >
        ${this.renderHeader()}
        ${this.form?.mode === 'new' ? this.renderForm(this.form) : nothing}
        ${this.renderBody(list)}
      </section>
    `;
  }

  private renderHeader(): TemplateResult {
    const m = msg().feedback;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const count = this.count();

    return html`
      <div part="header">
        <div part="heading" id="heading" role="heading" aria-level=${level}>
          ${m.reviewsHeading}
          ${
            count === undefined
              ? nothing
              : html`<span part="count">· ${m.reviewCount(count)}</span>`
          }
        </div>
        ${
          this.form?.mode === 'new'
            ? nothing
            : html`<button
              part="open-form"
              class="button"
              type="button"
              @click=${() => this.openForm({ mode: 'new' })}
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

    switch (list?.status) {
      case 'ready':
        break;
      case 'error':
      case 'not-found':
        return html`<div part="error" role="alert">
          <p class="error">${m.reviewsError}</p>
          ${
            list.error
              ? html`<p class="notice">${describeWriteError(list.error)}</p>`
              : nothing
          }
          <button
            part="retry-button"
            class="button"
            type="button"
            @click=${() => this.store?.reload()}
          >
            ${msg().retry}
          </button>
        </div>`;
      default:
        return html`<p class="notice" role="status">${m.reviewsLoading}</p>`;
    }

    if (list.items.length === 0) {
      return html`<div part="empty">
        <p><strong>${m.reviewsEmpty}</strong></p>
        <p class="notice">${m.reviewsInvite}</p>
      </div>`;
    }

    return html`
      <ul part="list" aria-label=${m.reviewsHeading}>
        ${list.items.map((review) => this.renderReview(review))}
      </ul>
      ${this.renderMore(list)}
    `;
  }

  private renderMore(
    list: PagedState<Review>,
  ): TemplateResult | typeof nothing {
    if (!list.nextCursor) return nothing;
    const m = msg().feedback;

    return html`
      ${
        list.more === 'error'
          ? html`<p class="error" role="alert">${m.loadMoreFailed}</p>`
          : nothing
      }
      <button
        part="load-more"
        class="button"
        type="button"
        ?disabled=${list.more === 'loading'}
        @click=${() => this.store?.loadMore()}
      >
        ${list.more === 'loading' ? m.loadingMore : m.loadMore}
      </button>
    `;
  }

  private renderReview(review: Review): TemplateResult {
    const m = msg().feedback;
    if (this.form?.mode === 'edit' && this.form.id === review.id) {
      return html`<li part="item review">${this.renderForm(this.form)}</li>`;
    }

    const pending = review.id.startsWith('pending-');
    const mine = this.who.value?.id === review.author.id;
    const headingId = `review-${review.id}`;

    return html`
      <li part="item review" data-review-id=${review.id} ?data-pending=${pending}>
        <article aria-labelledby=${headingId}>
          <p part="item-meta" id=${headingId}>
            <span part="author">${userLine(review.author.name)}</span>
            <time part="date" datetime=${review.createdAt}
              >${formatDate(review.createdAt)}</time
            >
            ${
              wasEdited(review)
                ? html`<span part="edited">${m.edited}</span>`
                : nothing
            }
            ${
              review.rating !== null
                ? html`<span part="rating">${m.ratingShown(review.rating)}</span>`
                : nothing
            }
            ${
              review.confidence !== null
                ? html`<span part="confidence"
                  >${m.confidenceShown(review.confidence)}</span
                >`
                : nothing
            }
          </p>
          ${
            review.hidden
              ? html`<p class="notice">${m.hiddenByModerator}</p>`
              : nothing
          }
          <div part="summary">${userText(review.summary)}</div>
          ${LISTS.map((key) => this.renderSection(review, key))}
          ${pending ? nothing : this.renderActions(review, mine)}
        </article>
      </li>
    `;
  }

  private renderSection(
    review: Review,
    key: ListKey,
  ): TemplateResult | typeof nothing {
    const items = review[key];
    if (items.length === 0) return nothing;
    const id = `${key}-${review.id}`;

    return html`
      <div part="section ${key}">
        <p part="section-heading" id=${id}>${listLabel(key)}</p>
        <ul aria-labelledby=${id}>
          ${items.map((item) => html`<li>${userText(item)}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderActions(review: Review, mine: boolean): TemplateResult {
    const m = msg().feedback;
    const message = this.itemMessages.get(review.id);

    return html`
      <div part="actions">
        <button
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
        </button>
        ${
          mine
            ? html`<button
                part="edit-button"
                class="link-button"
                type="button"
                @click=${() => this.openForm({ mode: 'edit', id: review.id })}
              >
                ${m.edit}
              </button>
              <button
                part="delete-button"
                class="link-button"
                type="button"
                @click=${() => {
                  this.confirming = review.id;
                }}
              >
                ${m.delete}
              </button>`
            : html`<button
              part="report-button"
              class="link-button"
              type="button"
              aria-expanded=${this.reporting === review.id ? 'true' : 'false'}
              @click=${() => this.toggleReport(review.id)}
            >
              ${m.report}
            </button>`
        }
      </div>
      ${this.confirming === review.id ? this.renderConfirm(review) : nothing}
      ${this.reporting === review.id ? this.renderReport(review) : nothing}
      ${
        message
          ? html`<p class="notice" part="item-message" role="status">
            ${message}
          </p>`
          : nothing
      }
    `;
  }

  private renderConfirm(review: Review): TemplateResult {
    const m = msg().feedback;
    return html`
      <div class="confirm" role="alertdialog" aria-label=${m.confirmDeleteReview}>
        <span>${m.confirmDeleteReview}</span>
        <button
          part="confirm-delete"
          class="button"
          type="button"
          @click=${() => this.deleteItem(review)}
        >
          ${m.confirmDelete}
        </button>
        <button
          class="button"
          type="button"
          @click=${() => {
            this.confirming = null;
          }}
        >
          ${m.cancel}
        </button>
      </div>
    `;
  }

  private renderReport(review: Review): TemplateResult {
    const m = msg().feedback;
    return html`
      <form
        part="report-form"
        novalidate
        @submit=${(event: Event) => this.sendReport(event, review)}
      >
        <label for="report-${review.id}">${m.reportReason}</label>
        <textarea
          id="report-${review.id}"
          dir="auto"
          .value=${live(this.reportText)}
          @input=${(event: Event) => {
            this.reportText = (event.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        <div class="row">
          <button
            class="button"
            type="submit"
            ?disabled=${this.reportText.trim() === ''}
          >
            ${m.sendReport}
          </button>
          <button
            class="button"
            type="button"
            @click=${() => this.toggleReport(review.id)}
          >
            ${m.cancel}
          </button>
        </div>
      </form>
    `;
  }

  private renderForm(form: FormMode): TemplateResult {
    const m = msg().feedback;
    const errors = this.errors();
    const value = this.value;

    return html`
      <form
        part="form"
        novalidate
        aria-label=${form.mode === 'new' ? m.openReviewForm : m.saveReview}
        @submit=${this.submit}
      >
        ${
          this.formNotice
            ? html`<p class="notice" role="status">${this.formNotice}</p>`
            : nothing
        }
        ${this.renderTextField({
          id: 'summary',
          label: m.summary,
          hint: m.summaryHint,
          value: value.summary,
          max: REVIEW_LIMITS.summary,
          error: errors.summary,
          rows: 4,
          onInput: (text) => this.change({ ...this.value, summary: text }),
        })}
        ${LISTS.map((key) => this.renderListField(key, errors))}
        ${
          errors.items
            ? html`<p class="error" id="items-error" role="alert">
              ${errors.items}
            </p>`
            : nothing
        }
        <div class="row scores">
          ${this.renderScore('rating', m.rating, m.ratingHint, m.ratingScale)}
          ${this.renderScore(
            'confidence',
            m.confidence,
            m.confidenceHint,
            m.confidenceScale,
          )}
        </div>
        ${
          this.formMessage
            ? html`<p part="form-error" role="alert">${this.formMessage}</p>`
            : nothing
        }
        <div class="row">
          <button
            part="submit-button"
            class="button"
            type="submit"
            data-primary
            ?disabled=${this.busy}
          >
            ${
              this.busy
                ? m.posting
                : form.mode === 'new'
                  ? m.postReview
                  : m.saveReview
            }
          </button>
          <button class="button" type="button" @click=${this.cancel}>
            ${m.cancel}
          </button>
        </div>
      </form>
    `;
  }

  private renderTextField(field: {
    id: string;
    label: string;
    hint?: string;
    value: string;
    max: number;
    error: string | undefined;
    rows: number;
    onInput: (text: string) => void;
  }): TemplateResult {
    const length = serverLength(field.value);
    const described = [
      field.hint ? `${field.id}-hint` : '',
      field.error ? `${field.id}-error` : '',
      `${field.id}-length`,
    ]
      .filter(Boolean)
      .join(' ');

    return html`
      <div class="field">
        <label for=${field.id}>${field.label}</label>
        ${
          field.hint
            ? html`<p class="hint" id="${field.id}-hint">${field.hint}</p>`
            : nothing
        }
        <textarea
          id=${field.id}
          name=${field.id}
          dir="auto"
          rows=${field.rows}
          aria-invalid=${field.error ? 'true' : 'false'}
          aria-describedby=${described}
          .value=${live(field.value)}
          @input=${(event: Event) =>
            field.onInput((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <div class="field-foot">
          ${
            field.error
              ? html`<span class="error" id="${field.id}-error"
                >${field.error}</span
              >`
              : nothing
          }
          <span
            class="length"
            id="${field.id}-length"
            ?data-over=${length > field.max}
            >${msg().feedback.length(length, field.max)}</span
          >
        </div>
      </div>
    `;
  }

  private renderListField(
    key: ListKey,
    errors: Record<string, string>,
  ): TemplateResult {
    const m = msg().feedback;
    const rows = this.value[key];
    const label = listLabel(key);
    const add =
      key === 'strengths'
        ? m.addStrength
        : key === 'concerns'
          ? m.addConcern
          : m.addQuestion;

    return html`
      <fieldset part="form-list ${key}">
        <legend>${label}</legend>
        ${rows.map(
          (item, index) => html`
            ${this.renderTextField({
              id: `${key}.${index}`,
              label: m.itemLabel(label, index + 1),
              value: item,
              max: REVIEW_LIMITS.item,
              error: errors[`${key}.${index}`],
              rows: 2,
              onInput: (text) => this.setItem(key, index, text),
            })}
            <div class="row item-tools">
              <button
                class="link-button"
                type="button"
                aria-label="${m.moveUp}: ${m.itemLabel(label, index + 1)}"
                ?disabled=${index === 0}
                @click=${() => this.moveItem(key, index, -1)}
              >
                ${m.moveUp}
              </button>
              <button
                class="link-button"
                type="button"
                aria-label="${m.moveDown}: ${m.itemLabel(label, index + 1)}"
                ?disabled=${index === rows.length - 1}
                @click=${() => this.moveItem(key, index, 1)}
              >
                ${m.moveDown}
              </button>
              <button
                class="link-button"
                type="button"
                aria-label="${m.removeItem}: ${m.itemLabel(label, index + 1)}"
                @click=${() => this.removeItem(key, index)}
              >
                ${m.removeItem}
              </button>
            </div>
          `,
        )}
        ${errors[key] ? html`<p class="error">${errors[key]}</p>` : nothing}
        <button
          part="add-item"
          class="link-button"
          type="button"
          data-list=${key}
          ?disabled=${rows.length >= REVIEW_LIMITS.items}
          @click=${() => this.addItem(key)}
        >
          ${add}
        </button>
      </fieldset>
    `;
  }

  private renderScore(
    key: 'rating' | 'confidence',
    label: string,
    hint: string,
    scale: string[],
  ): TemplateResult {
    const value = this.value[key];
    return html`
      <div class="field score">
        <label for=${key}>${label}</label>
        <p class="hint" id="${key}-hint">${hint}</p>
        <select
          id=${key}
          name=${key}
          aria-describedby="${key}-hint"
          @change=${(event: Event) => {
            const raw = (event.target as HTMLSelectElement).value;
            this.change({ ...this.value, [key]: raw ? Number(raw) : null });
          }}
        >
          ${scale.map(
            (text, n) =>
              html`<option
                value=${n === 0 ? '' : String(n)}
                ?selected=${(value ?? 0) === n}
              >
                ${text}
              </option>`,
          )}
        </select>
      </div>
    `;
  }

  /** Errors to show: limits as the reader types, the rest after a submit. */
  private errors(): Record<string, string> {
    return {
      ...this.serverErrors,
      ...validateReview(this.value, !this.attempted),
    };
  }

  private openForm(form: FormMode, restored?: ReviewDraft): void {
    this.form = form;
    this.draftStore = this.draftFor(form);
    this.attempted = false;
    this.formMessage = '';
    this.formNotice = '';
    this.serverErrors = {};

    const saved = restored ?? readDraft(this.draftStore.$value.get());
    if (saved && !isBlank(saved)) {
      this.value = saved;
      this.formNotice = msg().feedback.draftRestored;
      return;
    }

    const review =
      form.mode === 'edit'
        ? this.list.value?.items.find((item) => item.id === form.id)
        : undefined;
    this.value = review ? fromReview(review) : emptyReview();
  }

  private change(next: ReviewDraft): void {
    this.value = next;
    this.serverErrors = {};
    this.draftStore?.set(isBlank(next) ? null : next);
  }

  private setItem(key: ListKey, index: number, text: string): void {
    const items = [...this.value[key]];
    items[index] = text;
    this.change({ ...this.value, [key]: items });
  }

  private addItem(key: ListKey): void {
    this.change({ ...this.value, [key]: [...this.value[key], ''] });
    void this.updateComplete.then(() => {
      const rows = this.value[key].length;
      this.renderRoot
        .querySelector<HTMLTextAreaElement>(`[id="${key}.${rows - 1}"]`)
        ?.focus();
    });
  }

  private removeItem(key: ListKey, index: number): void {
    const items = this.value[key].filter((_, at) => at !== index);
    this.change({ ...this.value, [key]: items });
  }

  private moveItem(key: ListKey, index: number, by: number): void {
    const items = [...this.value[key]];
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    [items[index], items[to]] = [items[to] as string, items[index] as string];
    this.change({ ...this.value, [key]: items });
  }

  private cancel(): void {
    // Cancelling is a decision to drop the text, unlike closing the page.
    this.draftStore?.clear();
    this.form = null;
    this.value = emptyReview();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.form || !this.store) return;

    const form = this.form;
    const store = this.store;
    this.attempted = true;
    this.formNotice = '';
    if (Object.keys(validateReview(this.value)).length > 0) {
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>('[aria-invalid="true"], #items-error')
        ?.focus?.();
      return;
    }

    this.busy = true;
    this.formMessage = '';
    const sent = this.value;
    try {
      const user = await this.signedIn();
      if (!user) {
        this.formMessage = msg().feedback.signInToPost;
        return;
      }

      const fields = toFields(sent);
      const saved =
        form.mode === 'new'
          ? await store.create(fields, { id: user.id, name: user.name })
          : await store.edit(form.id, fields);

      this.draftStore?.clear();
      this.form = null;
      this.value = emptyReview();
      this.dispatchEvent(
        new PaperReviewSubmitEvent({
          paperId: this.resolvedPaperId ?? '',
          reviewId: saved.id,
          action: form.mode === 'new' ? 'create' : 'edit',
        }),
      );
    } catch (error) {
      reportAuthError(this.session, error);
      this.serverErrors = mapServerErrors(sent, fieldErrors(error));
      this.formMessage = needsSignIn(error)
        ? msg().feedback.signInToPost
        : msg().feedback.submitFailed(describeWriteError(error));
    } finally {
      this.busy = false;
    }
  }

  /** The signed-in reader, asking a signed-out one to sign in first. */
  private async signedIn(): Promise<User | null> {
    const user = this.who.value;
    if (user) return user;
    return requestSignIn(this.session, this, 'review', this.resolvedPaperId);
  }

  private async markHelpful(review: Review): Promise<void> {
    if (review.helpfulByMe) return;
    await this.act(review.id, async () => {
      await this.store?.markHelpful(review.id);
    });
  }

  private toggleReport(id: string): void {
    this.reporting = this.reporting === id ? null : id;
    this.reportText = '';
  }

  private async sendReport(event: Event, review: Review): Promise<void> {
    event.preventDefault();
    const reason = this.reportText.trim();
    if (!reason) return;

    await this.act(review.id, async () => {
      await this.store?.report(review.id, reason);
      this.reporting = null;
      this.reportText = '';
      this.setMessage(review.id, msg().feedback.reported);
    });
  }

  private async deleteItem(review: Review): Promise<void> {
    this.confirming = null;
    await this.act(review.id, async () => {
      await this.store?.remove(review.id);
      this.dispatchEvent(
        new PaperReviewDeleteEvent({
          paperId: this.resolvedPaperId ?? '',
          reviewId: review.id,
        }),
      );
    });
  }

  /** Runs an action on one review, signing in first and saying why it failed. */
  private async act(id: string, action: () => Promise<void>): Promise<void> {
    this.setMessage(id, '');
    try {
      const user = await this.signedIn();
      if (!user) {
        this.setMessage(id, msg().feedback.signInToAct);
        return;
      }
      await action();
    } catch (error) {
      reportAuthError(this.session, error);
      this.setMessage(
        id,
        needsSignIn(error)
          ? msg().feedback.signInToAct
          : msg().feedback.actionFailed(describeWriteError(error)),
      );
    }
  }

  private setMessage(id: string, message: string): void {
    const next = new Map(this.itemMessages);
    if (message) next.set(id, message);
    else next.delete(id);
    this.itemMessages = next;
  }
}
