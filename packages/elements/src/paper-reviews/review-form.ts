import type { Review, ReviewFields } from '@paperframe/core';
import { msg } from '../i18n/index.js';
import { serverLength } from '../user-text/user-text.js';

/** The server's limits for a review, as its 422 answers name them. */
export const REVIEW_LIMITS = { summary: 5000, item: 2000, items: 20 };

/** The three lists of a review. */
export const LISTS = ['strengths', 'concerns', 'questions'] as const;

/** One of the three lists of a review. */
export type ListKey = (typeof LISTS)[number];

/** What the review form holds while the reader types; saved as the draft. */
export interface ReviewDraft {
  summary: string;
  strengths: string[];
  concerns: string[];
  questions: string[];
  rating: number | null;
  confidence: number | null;
}

/**
 * A blank form with one empty row per list, so the reader sees where
 * items go.
 *
 * @return The blank draft.
 */
export function emptyReview(): ReviewDraft {
  return {
    summary: '',
    strengths: [''],
    concerns: [''],
    questions: [''],
    rating: null,
    confidence: null,
  };
}

/**
 * The form filled with a posted review, for editing.
 *
 * @param review - The review.
 * @return The draft.
 */
export function fromReview(review: Review): ReviewDraft {
  return {
    summary: review.summary,
    strengths: [...review.strengths],
    concerns: [...review.concerns],
    questions: [...review.questions],
    rating: review.rating,
    confidence: review.confidence,
  };
}

/**
 * A stored draft read back defensively: anything missing or of the wrong
 * type becomes blank, so an old or damaged draft never breaks the form.
 *
 * @param value - What storage held.
 * @return A usable draft, or null when there was none.
 */
export function readDraft(value: unknown): ReviewDraft | null {
  if (!value || typeof value !== 'object') return null;

  const raw = value as Record<string, unknown>;
  const list = (key: ListKey) =>
    Array.isArray(raw[key])
      ? (raw[key] as unknown[]).filter((x) => typeof x === 'string')
      : [''];
  const score = (key: 'rating' | 'confidence') =>
    typeof raw[key] === 'number' ? (raw[key] as number) : null;

  return {
    summary: typeof raw.summary === 'string' ? raw.summary : '',
    strengths: list('strengths') as string[],
    concerns: list('concerns') as string[],
    questions: list('questions') as string[],
    rating: score('rating'),
    confidence: score('confidence'),
  };
}

/** True when the reader has typed nothing worth keeping. */
export function isBlank(draft: ReviewDraft): boolean {
  return (
    draft.summary.trim() === '' &&
    LISTS.every((key) => draft[key].every((item) => item.trim() === '')) &&
    draft.rating === null &&
    draft.confidence === null
  );
}

/**
 * The label of one list, as the form and the review show it.
 *
 * @param key - The list.
 * @return Its label.
 */
export function listLabel(key: ListKey): string {
  const m = msg().feedback;
  return key === 'strengths'
    ? m.strengths
    : key === 'concerns'
      ? m.concerns
      : m.questions;
}

/**
 * Checks a draft against the server's rules. Keys are the fields' dot
 * paths, as in the server's 422 answer; `items` is the "at least one item"
 * rule.
 *
 * @param draft - The form's content.
 * @param limitsOnly - Check only the limits a reader can exceed while
 *   typing, not the fields still to fill in.
 * @return Messages by field; empty when the draft can be sent.
 */
export function validateReview(
  draft: ReviewDraft,
  limitsOnly = false,
): Record<string, string> {
  const m = msg().feedback;
  const errors: Record<string, string> = {};

  const summary = serverLength(draft.summary);
  if (summary === 0 && !limitsOnly) errors.summary = m.required(m.summary);
  if (summary > REVIEW_LIMITS.summary) {
    errors.summary = m.tooLong(m.summary, REVIEW_LIMITS.summary);
  }

  let filled = 0;
  for (const key of LISTS) {
    const items = draft[key].filter((item) => item.trim() !== '');
    filled += items.length;
    if (items.length > REVIEW_LIMITS.items) {
      errors[key] = m.tooMany(listLabel(key), REVIEW_LIMITS.items);
    }
    draft[key].forEach((item, index) => {
      if (serverLength(item) > REVIEW_LIMITS.item) {
        errors[`${key}.${index}`] = m.tooLong(
          m.itemLabel(listLabel(key), index + 1),
          REVIEW_LIMITS.item,
        );
      }
    });
  }
  if (filled === 0 && !limitsOnly) errors.items = m.needItem;

  return errors;
}

/**
 * What is sent to the server: blank rows dropped, text trimmed.
 *
 * @param draft - The form's content.
 * @return The review's fields.
 */
export function toFields(draft: ReviewDraft): ReviewFields {
  const clean = (items: string[]) =>
    items.map((item) => item.trim()).filter(Boolean);

  return {
    summary: draft.summary.trim(),
    strengths: clean(draft.strengths),
    concerns: clean(draft.concerns),
    questions: clean(draft.questions),
    rating: draft.rating,
    confidence: draft.confidence,
  };
}

/**
 * Maps a server field path to the form's: the server numbers items among
 * those sent, the form among all rows including blank ones.
 *
 * @param draft - The form's content when it was sent.
 * @param errors - The server's field errors.
 * @return The errors keyed as the form keys them.
 */
export function mapServerErrors(
  draft: ReviewDraft,
  errors: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const [key, index] = field.split('.');
    if (!LISTS.includes(key as ListKey) || index === undefined) {
      out[field] = message;
      continue;
    }
    const rows = draft[key as ListKey]
      .map((item, row) => ({ item, row }))
      .filter(({ item }) => item.trim() !== '');
    out[`${key}.${rows[Number(index)]?.row ?? index}`] = message;
  }
  return out;
}
