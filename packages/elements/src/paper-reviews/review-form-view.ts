import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../i18n/index.js';
import { serverLength } from '../user-text/user-text.js';
import { renderFormFoot } from './feedback-view.js';
import {
  LISTS,
  type ListKey,
  listLabel,
  REVIEW_LIMITS,
} from './review-form.js';
import type {
  FormMode,
  ReviewFormController,
} from './review-form-controller.js';

/** One textarea of the review form, with its hint, error and length. */
interface TextField {
  id: string;
  label: string;
  hint?: string;
  value: string;
  max: number;
  error: string | undefined;
  rows: number;
  onInput: (text: string) => void;
}

/**
 * The review form: summary, the three lists, rating and confidence.
 *
 * @param editor - The form's controller.
 * @param form - A new review, or the review edited.
 * @return The form.
 */
export function renderReviewForm(
  editor: ReviewFormController,
  form: FormMode,
): TemplateResult {
  const m = msg().feedback;
  const errors = editor.errors();
  const { value, notice, message, busy } = editor.state;

  return html`
    <form
      part="form"
      novalidate
      aria-label=${form.mode === 'new' ? m.openReviewForm : m.saveReview}
      @submit=${(event: Event) => editor.submit(event)}
    >
      ${notice ? html`<p class="notice" role="status">${notice}</p>` : nothing}
      ${renderTextField({
        id: 'summary',
        label: m.summary,
        hint: m.summaryHint,
        value: value.summary,
        max: REVIEW_LIMITS.summary,
        error: errors.summary,
        rows: 4,
        onInput: (text) =>
          editor.change({ ...editor.state.value, summary: text }),
      })}
      ${LISTS.map((key) => renderListField(editor, key, errors))}
      ${
        errors.items
          ? html`<p class="error" id="items-error" role="alert">
            ${errors.items}
          </p>`
          : nothing
      }
      <div class="row scores">
        ${renderScore(editor, 'rating', m.rating, m.ratingHint, m.ratingScale)}
        ${renderScore(
          editor,
          'confidence',
          m.confidence,
          m.confidenceHint,
          m.confidenceScale,
        )}
      </div>
      ${renderFormFoot({
        message,
        busy,
        label: form.mode === 'new' ? m.postReview : m.saveReview,
        cancel: () => editor.cancel(),
      })}
    </form>
  `;
}

function renderTextField(field: TextField): TemplateResult {
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

function renderListField(
  editor: ReviewFormController,
  key: ListKey,
  errors: Record<string, string>,
): TemplateResult {
  const m = msg().feedback;
  const rows = editor.state.value[key];
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
          ${renderTextField({
            id: `${key}.${index}`,
            label: m.itemLabel(label, index + 1),
            value: item,
            max: REVIEW_LIMITS.item,
            error: errors[`${key}.${index}`],
            rows: 2,
            onInput: (text) => editor.setItem(key, index, text),
          })}
          <div class="row item-tools">
            <button
              class="link-button"
              type="button"
              aria-label="${m.moveUp}: ${m.itemLabel(label, index + 1)}"
              ?disabled=${index === 0}
              @click=${() => editor.moveItem(key, index, -1)}
            >
              ${m.moveUp}
            </button>
            <button
              class="link-button"
              type="button"
              aria-label="${m.moveDown}: ${m.itemLabel(label, index + 1)}"
              ?disabled=${index === rows.length - 1}
              @click=${() => editor.moveItem(key, index, 1)}
            >
              ${m.moveDown}
            </button>
            <button
              class="link-button"
              type="button"
              aria-label="${m.removeItem}: ${m.itemLabel(label, index + 1)}"
              @click=${() => editor.removeItem(key, index)}
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
        @click=${() => editor.addItem(key)}
      >
        ${add}
      </button>
    </fieldset>
  `;
}

function renderScore(
  editor: ReviewFormController,
  key: 'rating' | 'confidence',
  label: string,
  hint: string,
  scale: string[],
): TemplateResult {
  const value = editor.state.value[key];

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
          editor.change({
            ...editor.state.value,
            [key]: raw ? Number(raw) : null,
          });
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
