import {
  COMMENTS_PAGE_SIZE,
  type Comment,
  type CommentsStore,
  comments,
  type PagedState,
  type Paper,
  type ResourceState,
} from '@paperframe/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ItemActionsController } from '../controllers/item-actions-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { PaperCommentDeleteEvent } from '../events/paper-comment-delete.js';
import { msg } from '../i18n/index.js';
import { clampPageSize, feedbackStyles } from '../paper-reviews/feedback.js';
import {
  renderEmpty,
  renderHeading,
  renderListState,
  renderLoadMore,
  renderMissingPaper,
  renderNoPaper,
} from '../paper-reviews/feedback-view.js';
import { type ReaderState, reader } from '../paper-reviews/reader.js';
import { PaperframeElement } from '../paperframe-element.js';
import { shared, tokens } from '../styles/tokens.js';
import { userTextStyles } from '../user-text/user-text.js';
import { CommentFormsController } from './comment-forms-controller.js';
import { renderCommentForm } from './comment-form-view.js';
import { renderComment } from './comment-item.js';
import { styles } from './paper-discussion.styles.js';

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
 * @csspart base - The section's box; `data-state` is loading, error, not-found, empty, ready or no-paper.
 * @csspart header - The heading line with the count.
 * @csspart heading - The "Work discussion" heading.
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
 * @csspart placeholder - Stands for a comment a moderator hid, above its replies that readers may still see.
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
 * @csspart not-found - Says no paper has the id, or that the id is not valid; no form is offered.
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
    styles,
  ];

  /** Level of the section heading, 1 to 6, to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** How many comments a page shows before "Load more", 1 to 50. */
  @property({ attribute: 'page-size', type: Number }) pageSize =
    COMMENTS_PAGE_SIZE;

  private readonly list = new StoreController<PagedState<Comment>>(this);
  private readonly paper = new StoreController<ResourceState<Paper>>(this);
  private readonly who = new StoreController<ReaderState>(this);

  private readonly actions = new ItemActionsController(this, {
    action: 'comment',
    reader: () => this.who.value,
    report: async (id, reason) => {
      await this.store?.report(id, reason);
    },
    remove: async (id) => {
      await this.store?.remove(id);
      this.dispatchEvent(
        new PaperCommentDeleteEvent({
          paperId: this.resolvedPaperId ?? '',
          commentId: id,
        }),
      );
    },
  });

  private readonly forms = new CommentFormsController(this, {
    reader: () => this.who.value,
    store: () => this.store,
    signedIn: () => this.actions.signedIn(),
  });

  private store: CommentsStore | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.resolvedPaperId;
    this.store = id
      ? comments(this.session, id, clampPageSize(this.pageSize))
      : undefined;
    this.list.store = this.store?.$state;
    this.paper.store = id ? this.session.paper(id) : undefined;
    this.who.store = reader(this.session);

    this.forms.followReader();
  }

  override render(): TemplateResult {
    if (!this.resolvedPaperId) return renderNoPaper();

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
        ${
          status === 'not-found'
            ? nothing
            : this.forms.has('new')
              ? renderCommentForm(this.forms, 'new')
              : this.renderInvite()
        }
        ${this.renderBody(list)}
      </section>
    `;
  }

  private renderHeader(): TemplateResult {
    const m = msg().feedback;
    const count = this.count();

    return html`
      <div part="header">
        ${renderHeading(
          this.headingLevel,
          m.discussionHeading,
          count === undefined ? undefined : m.commentCount(count),
        )}
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
          @click=${() => this.forms.open('new')}
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
    if (list?.status === 'not-found') {
      return renderMissingPaper(list.reason, this.resolvedPaperId ?? '');
    }
    if (list?.status !== 'ready') {
      return renderListState(
        list,
        { loading: m.discussionLoading, error: m.discussionError },
        () => this.store?.reload(),
      );
    }

    if (list.items.length === 0) {
      return renderEmpty(m.discussionEmpty, m.discussionInvite);
    }

    return html`
      <ul part="list" aria-label=${m.discussionHeading}>
        ${list.items.map((comment) =>
          renderComment(comment, this.forms, (item) =>
            this.renderActions(item),
          ),
        )}
      </ul>
      ${renderLoadMore(list, () => this.store?.loadMore())}
    `;
  }

  private renderActions(comment: Comment): TemplateResult {
    const m = msg().feedback;
    const topLevel = comment.parentId === null;

    return this.actions.render({
      id: comment.id,
      mine: this.who.value?.id === comment.author.id,
      confirmText: topLevel ? m.confirmDeleteComment : m.confirmDeleteReply,
      edit: () => this.forms.open(`edit:${comment.id}`, comment),
      lead: topLevel
        ? html`<button
            part="reply-button"
            class="link-button"
            type="button"
            @click=${() => this.forms.open(`reply:${comment.id}`)}
          >
            ${m.reply}
          </button>`
        : nothing,
    });
  }
}
