import type { Review } from '@paperframe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/index.js';
import { userText } from '../user-text/user-text.js';
import { renderByline } from './feedback-view.js';
import { LISTS, type ListKey, listLabel } from './review-form.js';

/**
 * One posted review: its byline, scores, summary and lists, and the
 * actions under it once the server has it.
 *
 * @param review - The review.
 * @param actions - Renders the review's action row.
 * @return The list item.
 */
export function renderReview(
  review: Review,
  actions: () => TemplateResult,
): TemplateResult {
  const m = msg().feedback;
  const pending = review.id.startsWith('pending-');
  const headingId = `review-${review.id}`;

  return html`
    <li part="item review" data-review-id=${review.id} ?data-pending=${pending}>
      <article aria-labelledby=${headingId}>
        <p part="item-meta" id=${headingId}>
          ${renderByline(review)}
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
        ${LISTS.map((key) => renderSection(review, key))}
        ${pending ? nothing : actions()}
      </article>
    </li>
  `;
}

function renderSection(
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
