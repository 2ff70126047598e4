import { en, type Messages } from './en.js';

const locales = new Map<string, Messages>([['en', en]]);
let forced: Messages | undefined;
let rendering: Messages | undefined;

/**
 * The messages for the element being rendered: the locale of its nearest
 * `lang` attribute, or the one forced with `setLocale`, else English.
 * Elements read them while rendering, so no string is written anywhere else.
 *
 * @return The messages in force.
 */
export function msg(): Messages {
  if (rendering) return rendering;
  if (forced) return forced;
  const lang =
    typeof document === 'undefined' ? '' : document.documentElement.lang;
  return findLocale(lang) ?? en;
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
  return locales.get(lower) ?? locales.get(lower.split('-')[0] ?? '');
}

/**
 * Adds a locale. Missing entries fall back to English.
 *
 * @param tag - A BCP 47 tag such as `fr` or `pt-BR`.
 * @param messages - The translated messages.
 */
export function registerLocale(tag: string, messages: Partial<Messages>): void {
  locales.set(tag.toLowerCase(), { ...en, ...messages });
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
    forced = undefined;
    return true;
  }
  const found = findLocale(tag);
  forced = found ?? en;
  return found !== undefined;
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
  rendering = forced ? undefined : findLocale(lang);
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
