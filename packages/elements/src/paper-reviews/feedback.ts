import {
  adoptDraft,
  type DraftKey,
  type DraftStore,
  draft,
  isPaperframeError,
  type Session,
} from '@paperframe/core';
import { css } from 'lit';
import { describeError } from '../describe-error.js';
import { msg, provideEnglish } from '../i18n/index.js';
import { feedback } from '../i18n/en-feedback.js';

provideEnglish({ feedback });

/**
 * Pieces shared by `<paper-reviews>` and `<paper-discussion>`: readable
 * failure messages, dates, and the styles of lists, forms and actions.
 */

/**
 * A sentence saying why a write failed, for the reader.
 *
 * @param error - What the store rejected with.
 * @return The reason, ending with a full stop.
 */
export function describeWriteError(error: unknown): string {
  if (isPaperframeError(error) && error.status === 401) {
    return msg().feedback.signInToAct;
  }
  const sentence = describeError(error);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * The field errors of a 422 answer, keyed by the field's dot path
 * (`summary`, `strengths.0`).
 *
 * @param error - What the store rejected with.
 * @return Messages by field; empty for other failures.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isPaperframeError(error) || error.status !== 422) return {};

  const out: Record<string, string> = {};
  for (const { field, message } of error.problem?.errors ?? []) {
    out[field] ??= message;
  }
  return out;
}

/**
 * What the form says when a post failed: sign in, or why it failed.
 *
 * @param error - What the store rejected with.
 * @param reason - A better reason than the error's, such as a field error.
 * @return The message.
 */
export function submitFailure(error: unknown, reason?: string): string {
  return needsSignIn(error)
    ? msg().feedback.signInToPost
    : msg().feedback.submitFailed(reason ?? describeWriteError(error));
}

/**
 * The draft store of one form: a signed-in reader's adopts what they typed
 * while signed out.
 *
 * @param session - The page's session.
 * @param key - The form.
 * @return The draft store.
 */
export function formDraft<T>(session: Session, key: DraftKey): DraftStore<T> {
  return key.reader ? adoptDraft<T>(session, key) : draft<T>(session, key);
}

/**
 * True when a write failed because the reader is not signed in (or the
 * token expired).
 *
 * @param error - What the store rejected with.
 * @return Whether signing in would help.
 */
export function needsSignIn(error: unknown): boolean {
  return isPaperframeError(error) && error.status === 401;
}

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/**
 * A date for people, in the reader's locale.
 *
 * @param iso - An ISO timestamp.
 * @return The date, e.g. "4 Dec 2026".
 */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/** True when a review or comment was changed after it was posted. */
export function wasEdited(item: {
  createdAt: string;
  updatedAt: string;
}): boolean {
  return Date.parse(item.updatedAt) > Date.parse(item.createdAt);
}

/** Styles shared by the review and discussion elements. */
export const feedbackStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  [part~='base'] {
    display: grid;
    gap: var(--_pf-space);
    padding: var(--pf-feedback-padding, 1em 1.25em);
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-bg);
    line-height: 1.5;
  }

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
  }

  [part~='heading'] {
    margin: 0;
    font-size: 1.1em;
    font-weight: 650;
  }

  [part~='count'] {
    color: var(--_pf-muted);
    font-weight: 400;
  }

  [part~='list'] {
    display: grid;
    gap: var(--_pf-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='item'] {
    min-width: 0;
    padding: 0.75em 0.9em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
  }

  [part~='item'][data-pending] {
    opacity: 0.65;
  }

  [part~='item-meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.75em;
    margin: 0 0 0.4em;
    color: var(--_pf-muted);
    font-size: 0.9em;
  }

  [part~='author'] {
    color: var(--_pf-text);
    font-weight: 600;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.9em;
    margin-top: 0.5em;
    font-size: 0.9em;
  }

  [part~='empty'] p {
    margin: 0 0 0.4em;
  }

  .notice {
    margin: 0;
    color: var(--_pf-muted);
    font-size: 0.9em;
  }

  .error,
  [part~='form-error'] {
    margin: 0;
    color: var(--_pf-danger);
  }

  form {
    display: grid;
    gap: 0.75em;
    padding: 0.75em 0.9em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-surface);
  }

  fieldset {
    display: grid;
    gap: 0.4em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend,
  label {
    font-weight: 600;
  }

  .hint {
    margin: 0;
    color: var(--_pf-muted);
    font-size: 0.85em;
    font-weight: 400;
  }

  textarea,
  select {
    box-sizing: border-box;
    width: 100%;
    padding: 0.45em 0.6em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: calc(var(--_pf-radius) * 0.6);
    background: var(--_pf-bg);
    color: var(--_pf-text);
    font: inherit;
  }

  textarea {
    min-height: 3.2em;
    resize: vertical;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_pf-danger);
  }

  textarea:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_pf-focus);
    outline-offset: 1px;
  }

  .field-foot {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    font-size: 0.85em;
  }

  .length {
    margin-left: auto;
    color: var(--_pf-muted);
    font-variant-numeric: tabular-nums;
  }

  .length[data-over] {
    color: var(--_pf-danger);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .button[data-primary] {
    border-color: var(--_pf-accent);
    background: var(--_pf-accent);
    color: var(--_pf-bg);
  }

  .button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.5em;
  }
`;

/**
 * A page size the server accepts: a whole number from 1 to 50.
 *
 * @param size - What the host asked for.
 * @return The size to request.
 */
export function clampPageSize(size: number): number {
  return Math.min(50, Math.max(1, Math.round(size) || 10));
}
