/** What a page can set on the `<script>` tag that loads Paperframe. */
export interface ScriptConfig {
  /** `data-api`: base URL of the Paperframe backend. */
  api?: string;
  /** `data-prefix`: define every tag with this prefix, e.g. `pf-`. */
  prefix?: string;
  /** `data-tags`: renames, as `paper-card=journal-paper-card, …`. */
  tags: Record<string, string>;
  /**
   * `data-lang`: the language every element uses, such as `de`, whatever
   * the page's `lang` attributes say.
   */
  lang?: string;
  /**
   * `data-dark-class`: the class the host puts on `<html>` in dark mode;
   * elements follow it instead of the system's colour scheme.
   */
  darkClass?: string;
}

/**
 * Finds the `<script>` element that loaded `moduleUrl`. Module scripts have no
 * `document.currentScript`, so the tag is found by its resolved `src`.
 */
export function findOwnScript(
  moduleUrl: string,
  doc: Document = document,
): HTMLScriptElement | null {
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === moduleUrl) return script;
  }
  return null;
}

function parseTags(value: string | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of (value ?? '').split(',')) {
    const [from, to] = pair.split('=').map((part) => part.trim());
    if (from && to) tags[from] = to;
  }
  return tags;
}

/** Reads the `data-*` configuration from the embed's own script tag. */
export function readScriptConfig(
  script: HTMLScriptElement | null,
): ScriptConfig {
  const data = script?.dataset ?? {};
  return {
    api: data.api || undefined,
    prefix: data.prefix || undefined,
    tags: parseTags(data.tags),
    lang: data.lang?.trim() || undefined,
    darkClass: data.darkClass?.trim() || undefined,
  };
}
