import type { CommentKind } from '@paperframe/core';
import { msg } from '../i18n/index.js';
import { serverLength } from '../user-text/user-text.js';

/** The server's limit for a comment's text. */
export const COMMENT_LIMIT = 10000;

/** The kinds a comment can be marked with, in the order the chips show. */
export const KINDS: CommentKind[] = ['note', 'caveat', 'replication'];

/** What one comment form holds; `kind` and `body` are saved as the draft. */
export interface CommentFormState {
  kind: CommentKind;
  body: string;
  attempted: boolean;
  busy: boolean;
  message: string;
  notice: string;
}

/** The part of a comment form kept in the draft. */
export interface CommentDraft {
  kind: CommentKind;
  body: string;
}

/**
 * A fresh form.
 *
 * @param draft - Text to start with, e.g. a restored draft.
 * @return The form state.
 */
export function commentForm(draft?: Partial<CommentDraft>): CommentFormState {
  return {
    kind: draft?.kind ?? 'note',
    body: draft?.body ?? '',
    attempted: false,
    busy: false,
    message: '',
    notice: '',
  };
}

/**
 * A stored draft read back defensively.
 *
 * @param value - What storage held.
 * @return The draft, or null when there is none worth restoring.
 */
export function readCommentDraft(value: unknown): CommentDraft | null {
  if (!value || typeof value !== 'object') return null;

  const raw = value as Record<string, unknown>;
  const body = typeof raw.body === 'string' ? raw.body : '';
  if (body.trim() === '') return null;
  const kind = KINDS.includes(raw.kind as CommentKind)
    ? (raw.kind as CommentKind)
    : 'note';
  return { kind, body };
}

/**
 * Checks the text against the server's rules.
 *
 * @param body - The comment's text.
 * @param limitsOnly - Check only the length limit, not that it is filled.
 * @return The message, or undefined when the text can be sent.
 */
export function validateComment(
  body: string,
  limitsOnly = false,
): string | undefined {
  const m = msg().feedback;
  const length = serverLength(body);
  if (length > COMMENT_LIMIT) return m.tooLong(m.body, COMMENT_LIMIT);
  if (length === 0 && !limitsOnly) return m.required(m.body);
  return undefined;
}
