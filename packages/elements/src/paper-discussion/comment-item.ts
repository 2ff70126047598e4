import type { Comment } from '@paperframe/core';
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/index.js';
import { renderByline } from '../paper-reviews/feedback-view.js';
import { userText } from '../user-text/user-text.js';
import type {
  CommentFormsController,
  FormKey,
} from './comment-forms-controller.js';
import { renderCommentForm } from './comment-form-view.js';

/**
 * One comment or reply: its kind, byline and text, or its edit form; the
 * actions under it once the server has it; its reply form and replies.
 *
 * @param comment - The comment.
 * @param forms - The element's forms.
 * @param actions - Renders a comment's action row.
 * @return The list item.
 */
export function renderComment(
  comment: Comment,
  forms: CommentFormsController,
  actions: (comment: Comment) => TemplateResult,
): TemplateResult {
  const m = msg().feedback;
  const isReply = comment.parentId !== null;
  const editKey: FormKey = `edit:${comment.id}`;
  const replyKey: FormKey = `reply:${comment.id}`;
  const pending = comment.id.startsWith('pending-');
  const metaId = `comment-${comment.id}`;

  // A hidden comment kept only to hold the replies a reader may still see.
  const body = comment.placeholder
    ? html`<p part="item-meta placeholder" id=${metaId} class="notice">
        ${m.hiddenPlaceholder}
      </p>`
    : forms.has(editKey)
      ? renderCommentForm(forms, editKey)
      : html`
        <p part="item-meta" id=${metaId}>
          <span part="kind" data-kind=${comment.kind}
            >${m.kinds[comment.kind] ?? comment.kind}</span
          >
          ${renderByline(comment)}
        </p>
        ${
          comment.hidden
            ? html`<p class="notice">${m.hiddenByModerator}</p>`
            : nothing
        }
        <div part="body">${userText(comment.body)}</div>
        ${pending ? nothing : actions(comment)}
      `;

  return html`
    <li
      part="item ${isReply ? 'reply' : 'comment'}"
      data-comment-id=${comment.id}
      ?data-pending=${pending}
    >
      <article aria-labelledby=${metaId}>
        ${body}
        ${forms.has(replyKey) ? renderCommentForm(forms, replyKey) : nothing}
        ${
          comment.replies.length > 0
            ? html`<ul part="replies" aria-label=${m.replies(comment.replies.length)}>
              ${comment.replies.map((reply) =>
                renderComment(reply, forms, actions),
              )}
            </ul>`
            : nothing
        }
      </article>
    </li>
  `;
}
