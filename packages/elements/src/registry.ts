import { PaperAccount } from './paper-account/paper-account.js';
import { PaperCard } from './paper-card/paper-card.js';
import { PaperDetail } from './paper-detail/paper-detail.js';
import { PaperDiscussion } from './paper-discussion/paper-discussion.js';
import { PaperFrame } from './paper-frame/paper-frame.js';
import { PaperReactions } from './paper-reactions/paper-reactions.js';
import { PaperReviews } from './paper-reviews/paper-reviews.js';
import { ResearchMap } from './research-map/research-map.js';
import {
  type DefineOptions,
  defineElement,
  ELEMENT_TAGS,
  type ElementTag,
  setNaming,
} from './tag-names.js';

export type { DefineOptions, ElementTag };

declare global {
  /** The default tags, so `document.querySelector('paper-card')` is typed. */
  interface HTMLElementTagNameMap {
    'paper-frame': PaperFrame;
    'paper-card': PaperCard;
    'paper-reactions': PaperReactions;
    'paper-account': PaperAccount;
    'paper-reviews': PaperReviews;
    'paper-discussion': PaperDiscussion;
    'research-map': ResearchMap;
    'paper-detail': PaperDetail;
  }
}

/** Every Paperframe element, by its default tag. */
export const elements = {
  'paper-frame': PaperFrame,
  'paper-card': PaperCard,
  'paper-reactions': PaperReactions,
  'paper-account': PaperAccount,
  'paper-reviews': PaperReviews,
  'paper-discussion': PaperDiscussion,
  'research-map': ResearchMap,
  'paper-detail': PaperDetail,
} satisfies Record<ElementTag, CustomElementConstructor>;

/**
 * Defines the Paperframe elements, `<paper-frame>` first so the elements
 * inside a frame find it as they upgrade. Safe to call twice and safe when
 * a second copy of Paperframe already defined them. When another library
 * holds a tag (Polymer's old `paper-card` does), that element is skipped
 * with a warning that says how to define it under another name.
 *
 * @param options - Prefix, renames, and which elements to define.
 * @return The tag each element is defined under, for those defined.
 */
export function defineElements(
  options: DefineOptions = {},
): Partial<Record<ElementTag, string>> {
  setNaming(options);
  const defined: Partial<Record<ElementTag, string>> = {};
  const wanted = options.only ?? ELEMENT_TAGS;

  for (const tag of ELEMENT_TAGS) {
    if (!wanted.includes(tag)) continue;
    const name = options.rename?.[tag] ?? `${options.prefix ?? ''}${tag}`;
    if (defineElement(tag, elements[tag], name)) defined[tag] = name;
  }
  return defined;
}
