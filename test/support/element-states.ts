import {
  type ElementTag as AnyTag,
  ELEMENT_TAGS as ALL_TAGS,
} from '@paperframe/elements';
import { part, textOf } from './feedback-harness.js';

/** One element that talks to the backend: every one but the frame. */
export type ElementTag = Exclude<AnyTag, 'paper-frame'>;

/** Every element that talks to the backend, as the page writes it. */
export const ELEMENT_TAGS: readonly ElementTag[] = ALL_TAGS.filter(
  (tag): tag is ElementTag => tag !== 'paper-frame',
);

/** The sections `<paper-detail>` shows that load data of their own. */
export const DETAIL_SECTIONS = [
  'paper-card',
  'paper-reactions',
  'research-map',
  'paper-reviews',
  'paper-discussion',
] as const;

/** What a reader sees in an error state: the words and the Retry button. */
export interface ErrorView {
  text: string;
  retry: HTMLButtonElement;
}

/**
 * The error the element shows, if it shows one with a Retry button.
 *
 * @param el - A Paperframe element (not `<paper-detail>`).
 * @return The error's text and its Retry button, or null.
 */
export function errorView(el: Element): ErrorView | null {
  const retry = part(el, 'retry-button') as HTMLButtonElement | null;
  if (!retry) return null;

  const box =
    retry.closest('[role="alert"]') ?? part(el, 'error') ?? part(el, 'message');
  return {
    text: textOf(box)
      .replace(/Retry$/, '')
      .trim(),
    retry,
  };
}

/**
 * True when the element shows its data (or its normal empty state).
 *
 * @param el - A Paperframe element (not `<paper-detail>`).
 * @param tag - Which element it is.
 */
export function isReady(el: Element, tag: ElementTag): boolean {
  const state = part(el, 'base')?.dataset.state;
  switch (tag) {
    case 'paper-card':
    case 'paper-reactions':
      return state === 'ready';
    case 'paper-reviews':
    case 'paper-discussion':
      return state === 'ready' || state === 'empty';
    case 'paper-account':
      return state === 'signed-in';
    case 'research-map':
      return part(el, 'canvas') !== null && errorView(el) === null;
    case 'paper-detail':
      return detailSections(el).every(([child, name]) => isReady(child, name));
  }
}

/**
 * The data-loading sections inside a `<paper-detail>`.
 *
 * @param detail - The element.
 * @return Each child element with its tag.
 */
export function detailSections(detail: Element): Array<[Element, ElementTag]> {
  return DETAIL_SECTIONS.map((tag) => {
    const child = detail.shadowRoot?.querySelector(tag);
    if (!child) throw new Error(`<paper-detail> has no <${tag}>`);
    return [child, tag];
  });
}

/** Words that only a developer understands, in an error shown to a reader. */
const JARGON =
  /undefined|\bnull\b|NaN|\[object|[A-Z]\w*Error\b|Unexpected token|JSON|\bstack\b|https?:\/\/|<\/?[a-z]+[\s>]|\bat [\w.]+ \(/;

/**
 * Why an error text is not understandable to a reader, or null when it is:
 * a sentence or two in words, without code, markup, URLs or stack traces.
 *
 * @param text - The error as shown.
 * @return The reason it fails, or null.
 */
export function notUnderstandable(text: string): string | null {
  if (text.length < 12) return `too short: "${text}"`;
  const jargon = JARGON.exec(text);
  if (jargon) return `says "${jargon[0]}": "${text}"`;
  if (!/[a-z]{3,}/i.test(text)) return `has no words: "${text}"`;
  return null;
}
