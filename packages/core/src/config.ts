/**
 * Where an element finds its backend: its own attribute first, then the
 * nearest `<paper-frame>`, then the page-wide config that the embed script
 * reads from its own tag, then the local reference server.
 */

/** The API base URL used when nothing else names one. */
export const DEFAULT_API = 'http://127.0.0.1:8787';

const CONFIG_KEY = Symbol.for('paperframe.config');

/** Page-wide settings, set once by the embed script or the host app. */
export interface GlobalConfig {
  /** Base URL of the Paperframe backend, e.g. `https://api.example.org`. */
  api?: string;
}

type ConfigHolder = { [CONFIG_KEY]?: GlobalConfig };

/**
 * Sets the page-wide config. Shared through `globalThis`, so two copies of
 * Paperframe on one page read the same values.
 *
 * @param config - Fields to set; fields left out keep their value.
 */
export function setGlobalConfig(config: GlobalConfig): void {
  const holder = globalThis as ConfigHolder;
  holder[CONFIG_KEY] = { ...holder[CONFIG_KEY], ...config };
}

/**
 * Reads the page-wide config.
 *
 * @return The config set with `setGlobalConfig`, or an empty object.
 */
export function getGlobalConfig(): Readonly<GlobalConfig> {
  return (globalThis as ConfigHolder)[CONFIG_KEY] ?? {};
}

/**
 * Normalises an API base URL so that equal backends compare equal: trims
 * whitespace and trailing slashes.
 *
 * @param url - A base URL such as `http://127.0.0.1:8787/`.
 * @return The URL without trailing slashes.
 */
export function normalizeApi(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/**
 * Picks the API base URL from the places an element can be told it.
 *
 * @param attribute - The element's own `api` attribute.
 * @param context - The value provided by the nearest `<paper-frame>`.
 * @return The first non-empty one, the global config, or `DEFAULT_API`.
 */
export function resolveApi(
  attribute?: string | null,
  context?: string | null,
): string {
  const found = firstFilled(attribute, context, getGlobalConfig().api);
  return normalizeApi(found ?? DEFAULT_API);
}

/**
 * Returns the first value that is a non-blank string.
 *
 * @param values - Candidates in order of precedence.
 * @return The first non-blank value, trimmed, or `undefined`.
 */
export function firstFilled(
  ...values: Array<string | null | undefined>
): string | undefined {
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) return trimmed;
  }
  return undefined;
}
