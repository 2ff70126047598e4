import { registerLocale, setLocale } from '@paperframe/elements/i18n.js';
import { de } from '@paperframe/elements/i18n/de.js';

/**
 * Registers the German messages; loaded as its own chunk, only by pages
 * that ask for German.
 *
 * @param force - A `data-lang` value that every element should use, or
 *   undefined to follow each element's nearest `lang` attribute.
 */
export function useGerman(force?: string): void {
  registerLocale('de', de);
  if (force) setLocale(force);
}
