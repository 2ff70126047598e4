import { warnOnce } from '@paperframe/core';

/** The version of `@paperframe/elements` this copy was built from. */
export const VERSION = '0.0.0';

const PAGE_VERSION = Symbol.for('paperframe.version');

type VersionHolder = { [PAGE_VERSION]?: string };

/**
 * Records this copy's version on the page, the first time any copy defines
 * an element. When a copy of another version arrives (the CDN script beside
 * an app's npm build, say), it warns once in development, naming both, as
 * both copies then share one set of tags and one session.
 *
 * @internal
 * @return The version that was on the page first.
 */
export function claimPage(): string {
  const holder = globalThis as VersionHolder;
  const first = holder[PAGE_VERSION];
  if (first === undefined) {
    holder[PAGE_VERSION] = VERSION;
    return VERSION;
  }

  if (first !== VERSION) {
    warnOnce(
      `version-mismatch:${first}:${VERSION}`,
      `Two versions of Paperframe are on this page: ${first} (in use) and ${VERSION}. Load one copy only: the script tag or the npm package.`,
    );
  }
  return first;
}
