import type { NotFoundReason } from '@paperframe/core';
import { msg } from './i18n/index.js';

/** The two lines an element shows for a paper the backend does not have. */
export interface MissingPaperText {
  /** "Paper not found", or "Not a valid paper id". */
  title: string;
  /** Names the id and what is wrong with it. */
  detail: string;
}

/**
 * What to tell a reader when the backend answered that the paper does not
 * exist (404) or that its id is malformed (400). Every element says it in
 * the same words, so a page with a mistyped id reads the same everywhere.
 *
 * @param reason - The store's reason; absent means the id is unknown.
 * @param id - The paper id as the page gave it.
 * @return The title and the detail line.
 */
export function missingPaperText(
  reason: NotFoundReason | undefined,
  id: string,
): MissingPaperText {
  const m = msg();
  return reason === 'invalid-id'
    ? { title: m.invalidId, detail: m.invalidIdDetail(id) }
    : { title: m.notFound, detail: m.notFoundDetail(id) };
}
