import type { NotFoundReason, PagedState } from '@paperframe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/index.js';
import { missingPaperText } from '../missing-paper.js';
import { renderRetry } from '../retry-button.js';
import { userLine } from '../user-text/user-text.js';
import { describeWriteError, formatDate, wasEdited } from './feedback.js';

/**
 * Templates shared by `<paper-reviews>` and `<paper-discussion>`: the
 * section's heading, its states, and the byline of each item.
 */

/**
 * The section shown when no paper is named.
 *
 * @return The section.
 */
export function renderNoPaper(): TemplateResult {
  return html`<section part="base" data-state="no-paper">
    <p class="notice">${msg().noPaperId}</p>
  </section>`;
}

/**
 * The section's heading, at the level the host asked for.
 *
 * @param level - The `heading-level` attribute; 1 to 6, else 3.
 * @param label - The heading's text.
 * @param count - How many items there are, when known.
 * @return The heading.
 */
export function renderHeading(
  level: number,
  label: string,
  count: string | undefined,
): TemplateResult {
  const aria = Math.min(6, Math.max(1, Math.round(level) || 3));

  return html`
    <div part="heading" id="heading" role="heading" aria-level=${aria}>
      ${label}
      ${count === undefined ? nothing : html`<span part="count">· ${count}</span>`}
    </div>
  `;
}

/**
 * The list while it is loading, or after it failed, with the reason and
 * a retry.
 *
 * @param list - The list's state.
 * @param text - What to say while loading and when loading failed.
 * @param reload - Loads the list again.
 * @return The state.
 */
export function renderListState(
  list: PagedState<unknown> | undefined,
  text: { loading: string; error: string },
  reload: () => void,
): TemplateResult {
  if (list?.status !== 'error') {
    return html`<p class="notice" role="status">${text.loading}</p>`;
  }

  return html`<div part="error" role="alert">
    <p class="error">${text.error}</p>
    ${
      list.error
        ? html`<p class="notice">${describeWriteError(list.error)}</p>`
        : nothing
    }
    ${renderRetry(reload)}
  </div>`;
}

/**
 * The state for a paper the backend does not have or whose id it cannot
 * read. It offers no retry and no form: neither would change the answer.
 *
 * @param reason - Why, from the list's state.
 * @param id - The paper id as the page gave it.
 * @return The state.
 */
export function renderMissingPaper(
  reason: NotFoundReason | undefined,
  id: string,
): TemplateResult {
  const { title, detail } = missingPaperText(reason, id);

  return html`<div part="not-found" role="status">
    <p><strong>${title}</strong></p>
    <p class="notice">${detail}</p>
  </div>`;
}

/**
 * The empty state and its invitation.
 *
 * @param title - What there is none of.
 * @param invite - The invitation to write the first.
 * @return The state.
 */
export function renderEmpty(title: string, invite: string): TemplateResult {
  return html`<div part="empty">
    <p><strong>${title}</strong></p>
    <p class="notice">${invite}</p>
  </div>`;
}

/**
 * The "Load more" button, and why the last attempt failed.
 *
 * @param list - The list's state.
 * @param loadMore - Loads the next page.
 * @return The button, or nothing on the last page.
 */
export function renderLoadMore(
  list: PagedState<unknown>,
  loadMore: () => void,
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
      @click=${loadMore}
    >
      ${list.more === 'loading' ? m.loadingMore : m.loadMore}
    </button>
  `;
}

/**
 * The author, the date and the "edited" mark of a review or comment.
 *
 * @param item - The review or comment.
 * @return The byline, to place inside the item's meta line.
 */
export function renderByline(item: {
  author: { name: string };
  createdAt: string;
  updatedAt: string;
}): TemplateResult {
  return html`
    <span part="author">${userLine(item.author.name)}</span>
    <time part="date" datetime=${item.createdAt}
      >${formatDate(item.createdAt)}</time
    >
    ${
      wasEdited(item)
        ? html`<span part="edited">${msg().feedback.edited}</span>`
        : nothing
    }
  `;
}

/**
 * The foot of a review or comment form: why the last post failed, then
 * the post and cancel buttons.
 *
 * @param foot - The form's message, whether it is posting, the post
 *   button's label, and what cancel does.
 * @return The foot.
 */
export function renderFormFoot(foot: {
  message: string;
  busy: boolean;
  label: string;
  cancel: () => void;
}): TemplateResult {
  const m = msg().feedback;

  return html`
    ${
      foot.message
        ? html`<p part="form-error" role="alert">${foot.message}</p>`
        : nothing
    }
    <div class="row">
      <button
        part="submit-button"
        class="button"
        type="submit"
        data-primary
        ?disabled=${foot.busy}
      >
        ${foot.busy ? m.posting : foot.label}
      </button>
      <button class="button" type="button" @click=${foot.cancel}>
        ${m.cancel}
      </button>
    </div>
  `;
}
