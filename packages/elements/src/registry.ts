import { warnOnce } from '@paperframe/core';
import { PaperAccount } from './paper-account/paper-account.js';
import { PaperCard } from './paper-card/paper-card.js';
import { PaperDiscussion } from './paper-discussion/paper-discussion.js';
import { PaperReactions } from './paper-reactions/paper-reactions.js';
import { PaperReviews } from './paper-reviews/paper-reviews.js';
import { ELEMENT_BRAND } from './paperframe-element.js';
import { ResearchMap } from './research-map/research-map.js';

/** Every Paperframe element, by its default tag. */
export const elements = {
  'paper-account': PaperAccount,
  'paper-card': PaperCard,
  'paper-reactions': PaperReactions,
  'paper-discussion': PaperDiscussion,
  'paper-reviews': PaperReviews,
  'research-map': ResearchMap,
} satisfies Record<string, CustomElementConstructor>;

/** A default tag of a Paperframe element. */
export type ElementTag = keyof typeof elements;

/** How to name the tags. */
export interface DefineOptions {
  /** Put before every default tag: `pf-` defines `<pf-paper-card>`. */
  prefix?: string;
  /** Explicit names that win over the prefix: `{ 'paper-card': 'lab-card' }`. */
  rename?: Partial<Record<ElementTag, string>>;
  /** Define only these elements; default all. */
  only?: ElementTag[];
}

/**
 * Defines the Paperframe elements. Safe to call twice and safe when a
 * second copy of Paperframe already defined them. When another library
 * holds a tag (Polymer's old `paper-card` does), that element is skipped
 * with a warning that says how to define it under another name.
 *
 * @param options - Prefix, renames, and which elements to define.
 * @return The tag each element is defined under, for those defined.
 */
export function defineElements(
  options: DefineOptions = {},
): Partial<Record<ElementTag, string>> {
  const defined: Partial<Record<ElementTag, string>> = {};
  if (typeof customElements === 'undefined') return defined;

  const tags = options.only ?? (Object.keys(elements) as ElementTag[]);
  for (const tag of tags) {
    const name = options.rename?.[tag] ?? `${options.prefix ?? ''}${tag}`;
    if (defineOne(tag, name, elements[tag])) defined[tag] = name;
  }
  return defined;
}

function defineOne(
  tag: ElementTag,
  name: string,
  element: CustomElementConstructor,
): boolean {
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== element && !isPaperframe(existing)) {
      warnOnce(
        `tag-taken:${name}`,
        `<${name}> is already defined by another library, so Paperframe's <${tag}> was not defined. Define it under another name with defineElements({ rename: { '${tag}': 'my-${tag}' } }) or defineElements({ prefix: 'pf-' }), or data-prefix="pf-" on the embed script tag.`,
      );
    }
    return existing === element || isPaperframe(existing);
  }

  // A class can be registered once only; a second name needs a subclass.
  const usable =
    customElements.getName?.(element) === null ||
    customElements.getName === undefined
      ? element
      : class extends (element as typeof HTMLElement) {};
  try {
    customElements.define(name, usable);
    return true;
  } catch (error) {
    warnOnce(
      `tag-invalid:${name}`,
      `Could not define <${name}> for Paperframe's <${tag}>: ${(error as Error).message} Use a name with a hyphen, lower case, such as 'my-${tag}'.`,
    );
    return false;
  }
}

function isPaperframe(element: CustomElementConstructor): boolean {
  return (element as { [ELEMENT_BRAND]?: boolean })[ELEMENT_BRAND] === true;
}
