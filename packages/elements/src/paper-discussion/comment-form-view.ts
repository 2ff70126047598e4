import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../i18n/index.js';
import { renderFormFoot } from '../paper-reviews/feedback-view.js';
import { serverLength } from '../user-text/user-text.js';
import { COMMENT_LIMIT, KINDS, validateComment } from './comment-form.js';
import {
  type CommentFormsController,
  type FormKey,
  fieldId,
} from './comment-forms-controller.js';

/**
 * One comment form: the kind chips, the text with its length, and the
 * post and cancel buttons.
 *
 * @param forms - The element's forms.
 * @param formKey - The new comment, a reply or an edit.
 * @return The form.
 */
export function renderCommentForm(
  forms: CommentFormsController,
  formKey: FormKey,
): TemplateResult {
  const m = msg().feedback;
  const form = forms.get(formKey);
  const id = fieldId(formKey);
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
      @submit=${(event: Event) => forms.submit(event, formKey)}
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
              @change=${() => forms.change(formKey, { kind })}
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
            forms.change(formKey, {
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
      ${renderFormFoot({
        message: form.message,
        busy: form.busy,
        label: submitLabel,
        cancel: () => forms.cancel(formKey),
      })}
    </form>
  `;
}
