import { en, type Messages } from './en.js';

const locales = new Map<string, Messages>([['en', en]]);
let active: Messages = en;

/**
 * The messages of the active locale. Elements read them while rendering,
 * so no string is written anywhere else.
 *
 * @return The active messages.
 */
export function msg(): Messages {
  return active;
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
 * Switches the active locale, trying the full tag then its language.
 * Elements rendered before the switch update on their next render.
 *
 * @param tag - A BCP 47 tag such as `fr-CA`.
 * @return Whether a registered locale matched; English stays otherwise.
 */
export function setLocale(tag: string): boolean {
  const lower = tag.toLowerCase();
  const found = locales.get(lower) ?? locales.get(lower.split('-')[0] ?? '');
  active = found ?? en;
  return found !== undefined;
}

export type { Messages };
