import { reportOnce } from '@paperframe/core';
import { ELEMENT_BRAND } from './brand.js';
import { claimPage } from './version.js';

/** The default tags of the Paperframe elements, the frame first. */
export const ELEMENT_TAGS = [
  'paper-frame',
  'paper-card',
  'paper-reactions',
  'paper-account',
  'paper-reviews',
  'paper-discussion',
  'research-map',
  'paper-detail',
] as const;

/** A default tag of a Paperframe element. */
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** How to name the tags. */
export interface DefineOptions {
  /** Put before every default tag: `pf-` defines `<pf-paper-card>`. */
  prefix?: string;
  /** Explicit names that win over the prefix: `{ 'paper-card': 'lab-card' }`. */
  rename?: Partial<Record<ElementTag, string>>;
  /** Define only these elements; default all. */
  only?: ElementTag[];
}

const NAMING = Symbol.for('paperframe.tag-naming');

type NamingHolder = { [NAMING]?: DefineOptions };

/**
 * Records how this page names the tags, so elements that render other
 * Paperframe elements (as `<paper-detail>` does) use the same names. Shared
 * through `globalThis` by every copy of Paperframe on the page.
 *
 * @param options - The prefix and renames in force.
 */
export function setNaming(options: DefineOptions): void {
  const { prefix, rename } = options;
  if (!prefix && !rename) return;
  (globalThis as NamingHolder)[NAMING] = { prefix, rename };
}

/**
 * The name a Paperframe element has on this page.
 *
 * @param tag - The element's default tag.
 * @return The tag after the page's prefix and renames.
 */
export function tagName(tag: ElementTag): string {
  const naming = (globalThis as NamingHolder)[NAMING] ?? {};
  return naming.rename?.[tag] ?? `${naming.prefix ?? ''}${tag}`;
}

/**
 * Defines one element under `name`. Safe to call twice and safe when a
 * second copy of Paperframe already defined it. When another library holds
 * the name (Polymer's old `paper-card` does), nothing is defined and a
 * warning says how to define ours under another name.
 *
 * @param tag - The element's default tag.
 * @param element - Its class.
 * @param name - The name to define; defaults to `tagName(tag)`.
 * @return Whether a Paperframe element now holds the name.
 */
export function defineElement(
  tag: ElementTag,
  element: CustomElementConstructor,
  name: string = tagName(tag),
): boolean {
  if (typeof customElements === 'undefined') return false;
  claimPage();

  const existing = customElements.get(name);
  if (existing) {
    if (existing === element || isPaperframe(existing)) return true;
    // Reported in every build: the host page shows another library's element
    // where ours should be, and nothing else would say why.
    reportOnce(
      `tag-taken:${name}`,
      `<${name}> is already defined by another library, so Paperframe's <${tag}> was not defined. Define it under another name with defineElements({ rename: { '${tag}': 'my-${tag}' } }) or defineElements({ prefix: 'pf-' }), or data-prefix="pf-" on the embed script tag.`,
    );
    return false;
  }

  // A class can be registered once only; a second name needs a subclass.
  const usable =
    customElements.getName?.(element) == null
      ? element
      : class extends (element as typeof HTMLElement) {};
  try {
    customElements.define(name, usable);
    return true;
  } catch (error) {
    reportOnce(
      `tag-invalid:${name}`,
      `Could not define <${name}> for Paperframe's <${tag}>: ${(error as Error).message} Use a name with a hyphen, lower case, such as 'my-${tag}'.`,
    );
    return false;
  }
}

/**
 * A name under which `element` is defined, for elements that render other
 * Paperframe elements: the page's name for `tag`, or, when another library
 * holds that name, the same name with `-paperframe` appended.
 *
 * @param tag - The element's default tag.
 * @param element - Its class.
 * @return A tag name that renders Paperframe's element.
 */
export function usableName(
  tag: ElementTag,
  element: CustomElementConstructor,
): string {
  const name = tagName(tag);
  if (defineElement(tag, element, name)) return name;

  const fallback = `${name}-paperframe`;
  defineElement(tag, element, fallback);
  return fallback;
}

function isPaperframe(element: CustomElementConstructor): boolean {
  return (element as { [ELEMENT_BRAND]?: boolean })[ELEMENT_BRAND] === true;
}
