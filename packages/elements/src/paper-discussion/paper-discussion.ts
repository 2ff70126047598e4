import {
  adoptDraft,
  COMMENTS_PAGE_SIZE,
  type Comment,
  type CommentsStore,
  comments,
  type DraftKey,
  type DraftStore,
  draft,
  type PagedState,
  type Paper,
  type ResourceState,
  type User,
} from '@paperframe/core';
import {
  css,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { StoreController } from '../controllers/store-controller.js';
import { PaperCommentDeleteEvent } from '../events/paper-comment-delete.js';
import { PaperCommentSubmitEvent } from '../events/paper-comment-submit.js';
import { msg } from '../i18n/index.js';
import {
  clampPageSize,
  describeWriteError,
  feedbackStyles,
  fieldErrors,
  formatDate,
  needsSignIn,
  wasEdited,
} from '../paper-reviews/feedback.js';
import {
  type ReaderState,
  reader,
  reportAuthError,
  requestSignIn,
} from '../paper-reviews/reader.js';
import { PaperframeElement } from '../paperframe-element.js';
import { shared, tokens } from '../styles/tokens.js';
import {
  serverLength,
  userLine,
  userText,
  userTextStyles,
} from '../user-text/user-text.js';
import {
  COMMENT_LIMIT,
  type CommentDraft,
  type CommentFormState,
  commentForm,
  KINDS,
  readCommentDraft,
  validateComment,
} from './comment-form.js';

/** Names a form: the new comment, a reply to `id`, or an edit of `id`. */
type FormKey = 'new' | `reply:${string}` | `edit:${string}`;

/**
 * The work discussion of a paper, kept apart from reviews: comments marked
 * as a note, a caveat or a replication pointer, one level of replies, edit
 * and delete for the author, reports for everyone, and drafts kept locally
 * until the server accepts them.
 *
 * @summary The discussion of one paper.
 *
 * @fires {PaperCommentSubmitEvent} paper-comment-submit - The server accepted a new comment, a reply, or changes to one.
 * @fires {PaperCommentDeleteEvent} paper-comment-delete - The server deleted a comment or reply.
 * @fires paper-login-request - A signed-out reader tried to post or report; cancelable.
 * @csspart base - The section's box; `data-state` is loading, error, empty, ready or no-paper.
 * @csspart header - The heading line with the count.
 * @csspart heading - The "Discussion" heading.
 * @csspart count - The number of comments, replies included.
 * @csspart invite - The invitation to comment, shown while the comment form is closed.
 * @csspart open-form - The "Open comment form" button.
 * @csspart form - Each comment form: new comment, reply or edit.
 * @csspart kind-picker - The chips that mark a comment's kind.
 * @csspart kind-chip - Each kind chip.
 * @csspart form-error - Why the last submit failed.
 * @csspart submit-button - Posts the comment.
 * @csspart list - The list of comments.
 * @csspart item - Each comment or reply; also `comment` or `reply`.
 * @csspart item-meta - Kind, author, date and "edited".
 * @csspart kind - The comment's kind badge.
 * @csspart author - The author's name.
 * @csspart date - The date posted.
 * @csspart edited - The "edited" mark.
 * @csspart body - The comment's text.
 * @csspart replies - The replies under a comment.
 * @csspart actions - Reply, edit, delete and report buttons.
 * @csspart reply-button - Opens the reply form.
 * @csspart edit-button - Opens the comment in a form.
 * @csspart delete-button - Asks, then deletes the comment.
 * @csspart report-button - Opens the report form.
 * @csspart empty - The empty state and its invitation.
 * @csspart error - The load error, with a retry.
 * @csspart retry-button - Loads the discussion again.
 * @csspart load-more - The "Load more" button.
 * @cssproperty [--pf-feedback-padding=1em 1.25em] - Space inside the section.
 */
export class PaperDiscussion extends PaperframeElement {
  static override styles = [
    tokens,
    shared,
    userTextStyles,
    feedbackStyles,
    css`
      [part~='replies'] {
        display: grid;
        gap: 0.5em;
        margin: 0.6em 0 0;
        padding: 0 0 0 1em;
        border-inline-start: 2px solid var(--_pf-border);
        list-style: none;
      }

      [part~='kind'] {
        padding: 0 0.5em;
        border-radius: 999px;
        background: var(--_pf-surface);
        color: var(--_pf-text);
        font-weight: 600;
      }

      [part~='kind'][data-kind='caveat'] {
        color: var(--_pf-danger);
      }

      [part~='invite'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em 1em;
        margin: 0.6em 0 0;
        padding: 0.75em 1em;
        border: var(--_pf-border-width) dashed var(--_pf-border);
        border-radius: var(--_pf-radius);
      }

      [part~='invite'] p {
        margin: 0;
      }

      [part~='invite'] .invite-title {
        font-weight: 600;
      }

      [part~='invite'] .invite-text {
        color: var(--_pf-muted);
      }

      [part~='kind'][data-kind='replication'] {
        color: var(--_pf-success);
      }

      [part~='kind-picker'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }

      [part~='kind-chip'] {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        padding: 0.15em 0.7em;
        border: var(--_pf-border-width) solid var(--_pf-border);
        border-radius: 999px;
        background: var(--_pf-bg);
        font-weight: 400;
        cursor: pointer;
      }

      [part~='kind-chip']:has(input:checked) {
        border-color: var(--_pf-accent);
        color: var(--_pf-accent);
        font-weight: 600;
      }

      [part~='kind-chip']:has(input:focus-visible) {
        outline: 2px solid var(--_pf-focus);
        outline-offset: 2px;
      }

      [part~='kind-chip'] input {
        margin: 0;
        accent-color: var(--_pf-accent);
      }
    `,
  ];

  /** Level of the section heading, 1 to 6, to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** How many comments a page shows before "Load more", 1 to 50. */
  @property({ attribute: 'page-size', type: Number }) pageSize =
    COMMENTS_PAGE_SIZE;

  private readonly list = new StoreController<PagedState<Comment>>(this);
  private readonly paper = new StoreController<ResourceState<Paper>>(this);
  private readonly who = new StoreController<ReaderState>(this);

  @state() private forms = new Map<FormKey, CommentFormState>();
  @state() private confirming: string | null = null;
  @state() private reporting: string | null = null;
  @state() private reportText = '';
  @state() private itemMessages = new Map<string, string>();

  private store: CommentsStore | undefined;
  private readerKey: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.resolvedPaperId;
    this.store = id
      ? comments(this.session, id, clampPageSize(this.pageSize))
      : undefined;
    this.list.store = this.store?.$state;
    this.paper.store = id ? this.session.paper(id) : undefined;
    this.who.store = reader(this.session);

    this.followReader();
  }

  /** Restores the new-comment draft, and moves open drafts on sign-in. */
  private followReader(): void {
    const user = this.who.value;
    const id = this.resolvedPaperId;
    if (user === undefined || !id) return;

    const key = `${this.session.api}|${id}|${user?.id ?? ''}`;
    if (key === this.readerKey) return;
    const before = this.readerKey;
    this.readerKey = key;

    // The new-comment form opens by itself only when a draft waits in it.
    const forms = new Map(this.forms);
    const savedNew = readCommentDraft(this.draftOf('new').$value.get());
    if (!forms.has('new') && savedNew) forms.set('new', commentForm());
    for (const [formKey, form] of forms) {
      if (before !== undefined && form.body.trim() !== '') {
        // The reader signed in with text typed: keep it under the new key.
        this.draftOf(formKey, null).clear();
        this.draftOf(formKey).set({ kind: form.kind, body: form.body });
        continue;
      }
      const saved = readCommentDraft(this.draftOf(formKey).$value.get());
      if (saved && form.body.trim() === '') {
        forms.set(formKey, {
          ...commentForm(saved),
          notice: msg().feedback.draftRestored,
        });
      }
    }
    this.forms = forms;
  }

  private draftOf(
    formKey: FormKey,
    readerId: string | null | undefined = this.who.value?.id ?? null,
  ): DraftStore<CommentDraft> {
    const [kind, target] = formKey.split(/:(.*)/s) as [string, string?];
    const key: DraftKey = {
      paperId: this.resolvedPaperId ?? '',
      reader: readerId ?? null,
      form:
        kind === 'new'
          ? 'comment'
          : kind === 'reply'
            ? 'reply'
            : 'comment-edit',
      target,
    };
    return key.reader
      ? adoptDraft<CommentDraft>(this.session, key)
      : draft<CommentDraft>(this.session, key);
  }

  override render(): TemplateResult {
    if (!this.resolvedPaperId) {
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
        ${this.forms.has('new') ? this.renderForm('new') : this.renderInvite()}
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
          ${m.discussionHeading}
          ${
            count === undefined
              ? nothing
              : html`<span part="count">· ${m.commentCount(count)}</span>`
          }
        </div>
      </div>
    `;
  }

  private renderInvite(): TemplateResult {
    const m = msg().feedback;

    return html`
      <div part="invite">
        <div>
          <p class="invite-title">${m.commentInviteTitle}</p>
          <p class="invite-text">${m.commentInviteText}</p>
        </div>
        <button
          part="open-form"
          class="button"
          type="button"
          aria-expanded="false"
          @click=${() => this.openForm('new')}
        >
          ${m.openCommentForm}
        </button>
      </div>
    `;
  }

  /** Comments and replies, as the card's paper store counts them. */
  private count(): number | undefined {
    const paper = this.paper.value;
    if (paper?.status === 'ready') return paper.data.counts.comments;
    const list = this.list.value;
    if (list?.status !== 'ready' || list.nextCursor) return undefined;
    return list.items.reduce((n, item) => n + 1 + item.replies.length, 0);
  }

  private renderBody(list: PagedState<Comment> | undefined): TemplateResult {
    const m = msg().feedback;

    switch (list?.status) {
      case 'ready':
        break;
      case 'error':
      case 'not-found':
        return html`<div part="error" role="alert">
          <p class="error">${m.discussionError}</p>
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
        return html`<p class="notice" role="status">
          ${m.discussionLoading}
        </p>`;
    }

    if (list.items.length === 0) {
      return html`<div part="empty">
        <p><strong>${m.discussionEmpty}</strong></p>
        <p class="notice">${m.discussionInvite}</p>
      </div>`;
    }

    return html`
      <ul part="list" aria-label=${m.discussionHeading}>
        ${list.items.map((comment) => this.renderComment(comment))}
      </ul>
      ${this.renderMore(list)}
    `;
  }

  private renderMore(
    list: PagedState<Comment>,
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

  private renderComment(comment: Comment): TemplateResult {
    const m = msg().feedback;
    const isReply = comment.parentId !== null;
    const editKey: FormKey = `edit:${comment.id}`;
    const replyKey: FormKey = `reply:${comment.id}`;
    const pending = comment.id.startsWith('pending-');
    const mine = this.who.value?.id === comment.author.id;
    const metaId = `comment-${comment.id}`;

    const body = this.forms.has(editKey)
      ? this.renderForm(editKey)
      : html`
          <p part="item-meta" id=${metaId}>
            <span part="kind" data-kind=${comment.kind}
              >${m.kinds[comment.kind] ?? comment.kind}</span
            >
            <span part="author">${userLine(comment.author.name)}</span>
            <time part="date" datetime=${comment.createdAt}
              >${formatDate(comment.createdAt)}</time
            >
            ${
              wasEdited(comment)
                ? html`<span part="edited">${m.edited}</span>`
                : nothing
            }
          </p>
          ${
            comment.hidden
              ? html`<p class="notice">${m.hiddenByModerator}</p>`
              : nothing
          }
          <div part="body">${userText(comment.body)}</div>
          ${pending ? nothing : this.renderActions(comment, mine)}
        `;

    return html`
      <li
        part="item ${isReply ? 'reply' : 'comment'}"
        data-comment-id=${comment.id}
        ?data-pending=${pending}
      >
        <article aria-labelledby=${metaId}>
          ${body}
          ${this.forms.has(replyKey) ? this.renderForm(replyKey) : nothing}
          ${
            comment.replies.length > 0
              ? html`<ul part="replies" aria-label=${m.replies(comment.replies.length)}>
                ${comment.replies.map((reply) => this.renderComment(reply))}
              </ul>`
              : nothing
          }
        </article>
      </li>
    `;
  }

  private renderActions(comment: Comment, mine: boolean): TemplateResult {
    const m = msg().feedback;
    const message = this.itemMessages.get(comment.id);
    const confirmText =
      comment.parentId === null ? m.confirmDeleteComment : m.confirmDeleteReply;

    return html`
      <div part="actions">
        ${
          comment.parentId === null
            ? html`<button
              part="reply-button"
              class="link-button"
              type="button"
              @click=${() => this.openForm(`reply:${comment.id}`)}
            >
              ${m.reply}
            </button>`
            : nothing
        }
        ${
          mine
            ? html`<button
                part="edit-button"
                class="link-button"
                type="button"
                @click=${() => this.openForm(`edit:${comment.id}`, comment)}
              >
                ${m.edit}
              </button>
              <button
                part="delete-button"
                class="link-button"
                type="button"
                @click=${() => {
                  this.confirming = comment.id;
                }}
              >
                ${m.delete}
              </button>`
            : html`<button
              part="report-button"
              class="link-button"
              type="button"
              aria-expanded=${this.reporting === comment.id ? 'true' : 'false'}
              @click=${() => this.toggleReport(comment.id)}
            >
              ${m.report}
            </button>`
        }
      </div>
      ${
        this.confirming === comment.id
          ? html`<div class="confirm" role="alertdialog" aria-label=${confirmText}>
            <span>${confirmText}</span>
            <button
              part="confirm-delete"
              class="button"
              type="button"
              @click=${() => this.deleteItem(comment)}
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
          </div>`
          : nothing
      }
      ${this.reporting === comment.id ? this.renderReport(comment) : nothing}
      ${
        message
          ? html`<p class="notice" part="item-message" role="status">
            ${message}
          </p>`
          : nothing
      }
    `;
  }

  private renderReport(comment: Comment): TemplateResult {
    const m = msg().feedback;
    const id = `report-${comment.id}`;

    return html`
      <form
        part="report-form"
        novalidate
        @submit=${(event: Event) => this.sendReport(event, comment)}
      >
        <label for=${id}>${m.reportReason}</label>
        <textarea
          id=${id}
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
            @click=${() => this.toggleReport(comment.id)}
          >
            ${m.cancel}
          </button>
        </div>
      </form>
    `;
  }

  private renderForm(formKey: FormKey): TemplateResult {
    const m = msg().feedback;
    const form = this.forms.get(formKey) ?? commentForm();
    const id = formKey.replace(/[^\w-]/g, '_');
    const error = validateComment(form.body, !form.attempted);
    const length = serverLength(form.body);
    const isNew = formKey === 'new';
    const label = isNew
      ? m.commentLabel
      : formKey.startsWith('reply:')
        ? m.replyLabel
        : m.edit;
    const submitLabel = isNew
      ? m.postComment
      : formKey.startsWith('reply:')
        ? m.postReply
        : m.saveReview;

    return html`
      <form
        part="form"
        novalidate
        data-form=${formKey}
        aria-label=${label}
        @submit=${(event: Event) => this.submit(event, formKey)}
      >
        ${
          form.notice
            ? html`<p class="notice" role="status">${form.notice}</p>`
            : nothing
        }
        <fieldset part="kind-picker">
          <legend class="visually-hidden">${m.commentKind}</legend>
          ${KINDS.map(
            (kind) => html`<label part="kind-chip" data-kind=${kind}>
              <input
                type="radio"
                name="kind-${id}"
                value=${kind}
                .checked=${live(form.kind === kind)}
                @change=${() => this.change(formKey, { kind })}
              />
              ${m.kinds[kind]}
            </label>`,
          )}
        </fieldset>
        <div class="field">
          <label for="body-${id}">${label}</label>
          <textarea
            id="body-${id}"
            name="body"
            dir="auto"
            rows=${isNew ? 3 : 2}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby="body-${id}-length${error ? ` body-${id}-error` : ''}"
            .value=${live(form.body)}
            @input=${(event: Event) =>
              this.change(formKey, {
                body: (event.target as HTMLTextAreaElement).value,
              })}
          ></textarea>
          <div class="field-foot">
            ${
              error
                ? html`<span class="error" id="body-${id}-error">${error}</span>`
                : nothing
            }
            <span
              class="length"
              id="body-${id}-length"
              ?data-over=${length > COMMENT_LIMIT}
              >${m.length(length, COMMENT_LIMIT)}</span
            >
          </div>
        </div>
        ${
          form.message
            ? html`<p part="form-error" role="alert">${form.message}</p>`
            : nothing
        }
        <div class="row">
          <button
            part="submit-button"
            class="button"
            type="submit"
            data-primary
            ?disabled=${form.busy}
          >
            ${form.busy ? m.posting : submitLabel}
          </button>
          <button
            class="button"
            type="button"
            @click=${() => this.cancel(formKey)}
          >
            ${m.cancel}
          </button>
        </div>
      </form>
    `;
  }

  private setForm(formKey: FormKey, patch: Partial<CommentFormState>): void {
    const forms = new Map(this.forms);
    forms.set(formKey, { ...(forms.get(formKey) ?? commentForm()), ...patch });
    this.forms = forms;
  }

  private change(formKey: FormKey, patch: Partial<CommentDraft>): void {
    this.setForm(formKey, { ...patch, message: '' });
    const form = this.forms.get(formKey);
    if (!form) return;
    this.draftOf(formKey).set(
      form.body.trim() === '' ? null : { kind: form.kind, body: form.body },
    );
  }

  private openForm(formKey: FormKey, comment?: Comment): void {
    if (this.forms.has(formKey)) return;

    const saved = readCommentDraft(this.draftOf(formKey).$value.get());
    const form = saved
      ? { ...commentForm(saved), notice: msg().feedback.draftRestored }
      : commentForm(comment ? { kind: comment.kind, body: comment.body } : {});
    this.setForm(formKey, form);

    void this.updateComplete.then(() => {
      const id = formKey.replace(/[^\w-]/g, '_');
      this.renderRoot
        .querySelector<HTMLTextAreaElement>(`[id="body-${id}"]`)
        ?.focus();
    });
  }

  private cancel(formKey: FormKey): void {
    this.closeForm(formKey, true);
    if (formKey !== 'new') return;

    const forms = new Map(this.forms);
    forms.delete('new');
    this.forms = forms;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>('[part~="open-form"]')
        ?.focus(),
    );
  }

  private closeForm(formKey: FormKey, dropDraft: boolean): void {
    if (dropDraft) this.draftOf(formKey).clear();
    const forms = new Map(this.forms);
    if (formKey === 'new') forms.set('new', commentForm());
    else forms.delete(formKey);
    this.forms = forms;
  }

  private async submit(event: Event, formKey: FormKey): Promise<void> {
    event.preventDefault();
    const form = this.forms.get(formKey);
    const store = this.store;
    if (!form || form.busy || !store) return;

    if (validateComment(form.body)) {
      this.setForm(formKey, { attempted: true, notice: '' });
      return;
    }

    // Marks the form busy before the first await, so a second click in
    // the same tick finds it busy and does nothing.
    this.forms.set(formKey, { ...form, busy: true, message: '', notice: '' });
    this.setForm(formKey, {});
    const fields = { kind: form.kind, body: form.body.trim() };

    try {
      const user = await this.signedIn();
      if (!user) {
        this.setForm(formKey, {
          busy: false,
          message: msg().feedback.signInToPost,
        });
        return;
      }

      const [kind, target = null] = formKey.split(/:(.*)/s) as [
        string,
        string?,
      ];
      const saved =
        kind === 'edit' && target
          ? await store.edit(target, fields)
          : await store.create(
              fields,
              { id: user.id, name: user.name },
              kind === 'reply' ? target : null,
            );

      this.closeForm(formKey, true);
      this.dispatchEvent(
        new PaperCommentSubmitEvent({
          paperId: this.resolvedPaperId ?? '',
          commentId: saved.id,
          parentId: saved.parentId,
          action: kind === 'edit' ? 'edit' : 'create',
        }),
      );
    } catch (error) {
      reportAuthError(this.session, error);
      const field = fieldErrors(error).body;
      this.setForm(formKey, {
        busy: false,
        message: needsSignIn(error)
          ? msg().feedback.signInToPost
          : msg().feedback.submitFailed(field ?? describeWriteError(error)),
      });
    }
  }

  /** The signed-in reader, asking a signed-out one to sign in first. */
  private async signedIn(): Promise<User | null> {
    const user = this.who.value;
    if (user) return user;
    return requestSignIn(this.session, this, 'comment', this.resolvedPaperId);
  }

  private toggleReport(id: string): void {
    this.reporting = this.reporting === id ? null : id;
    this.reportText = '';
  }

  private async sendReport(event: Event, comment: Comment): Promise<void> {
    event.preventDefault();
    const reason = this.reportText.trim();
    if (!reason) return;

    await this.act(comment.id, async () => {
      await this.store?.report(comment.id, reason);
      this.reporting = null;
      this.reportText = '';
      this.setMessage(comment.id, msg().feedback.reported);
    });
  }

  private async deleteItem(comment: Comment): Promise<void> {
    this.confirming = null;
    await this.act(comment.id, async () => {
      await this.store?.remove(comment.id);
      this.dispatchEvent(
        new PaperCommentDeleteEvent({
          paperId: this.resolvedPaperId ?? '',
          commentId: comment.id,
        }),
      );
    });
  }

  /** Runs an action on one comment, signing in first and saying why it failed. */
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
