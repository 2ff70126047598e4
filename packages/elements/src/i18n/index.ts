import { common, type Messages } from './en.js';

/** English, growing as elements hand over their groups of strings. */
const english = { ...common } as Messages;
const registered = new Map<string, Partial<Messages>>();
/** Each registered locale completed with English, rebuilt when it grows. */
const completed = new Map<string, Messages>();
let forcedTag: string | undefined;
let rendering: Messages | undefined;

/**
 * Adds an element's group of English strings. Each element module calls it
 * for its own group, so a page loads only the strings it shows.
 *
 * @internal
 * @param part - Groups such as `{ feedback }`.
 */
export function provideEnglish(part: Partial<Messages>): void {
  Object.assign(english, part);
  completed.clear();
}

/**
 * The messages for the element being rendered: the locale of its nearest
 * `lang` attribute, or the one forced with `setLocale`, else English.
 * Elements read them while rendering, so no string is written anywhere else.
 *
 * @return The messages in force.
 */
export function msg(): Messages {
  if (rendering) return rendering;
  if (forcedTag !== undefined) return findLocale(forcedTag) ?? english;
  const lang =
    typeof document === 'undefined' ? '' : document.documentElement.lang;
  return findLocale(lang) ?? english;
}

/**
 * The registered locale for a BCP 47 tag, trying the full tag then its
 * language.
 *
 * @param tag - A tag such as `de-CH`.
 * @return The messages, or undefined when none is registered.
 */
export function findLocale(tag: string): Messages | undefined {
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  if (lower === 'en' || lower.startsWith('en-')) return english;
  const key = registered.has(lower) ? lower : (lower.split('-')[0] ?? '');
  const messages = registered.get(key);
  if (!messages) return undefined;

  let done = completed.get(key);
  if (!done) {
    done = { ...english, ...messages } as Messages;
    completed.set(key, done);
  }
  return done;
}

/**
 * Adds a locale. Missing entries fall back to English.
 *
 * @param tag - A BCP 47 tag such as `fr` or `pt-BR`.
 * @param messages - The translated messages.
 */
export function registerLocale(tag: string, messages: Partial<Messages>): void {
  registered.set(tag.toLowerCase(), messages);
  completed.delete(tag.toLowerCase());
}

/**
 * Shows every element in one locale, whatever the page's `lang` says.
 * Elements rendered before the switch update on their next render.
 *
 * @param tag - A BCP 47 tag such as `fr-CA`, or null to follow `lang` again.
 * @return Whether a registered locale matched; English is used otherwise.
 */
export function setLocale(tag: string | null): boolean {
  if (tag === null) {
    forcedTag = undefined;
    return true;
  }
  forcedTag = tag;
  return findLocale(tag) !== undefined;
}

/**
 * Renders in the locale of `lang` (unless `setLocale` forced one) until the
 * returned function is called.
 *
 * @internal
 * @param lang - The element's language, from its nearest `lang` attribute.
 * @return Restores the previous locale.
 */
export function enterLocale(lang: string): () => void {
  const previous = rendering;
  rendering = forcedTag !== undefined ? undefined : findLocale(lang);
  return () => {
    rendering = previous;
  };
}

/**
 * The language of an element: its nearest `lang` attribute, looking past
 * shadow roots to their hosts.
 *
 * @internal
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') ?? '';
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

export type { Messages };
