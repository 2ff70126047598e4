/** The part of the Web Storage API the session needs to keep a token. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The key a backend's token is kept under, so two backends on one page
 * never read each other's token.
 *
 * @param api - The backend's normalised base URL.
 * @return The storage key.
 */
export function tokenKey(api: string): string {
  return `paperframe:token:${api}`;
}

/**
 * The page's `localStorage`, or null where there is none or the browser
 * refuses it (private modes, sandboxed frames).
 *
 * @return The storage, or null.
 */
export function defaultTokenStorage(): TokenStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Reads a value, treating a storage that throws as empty.
 *
 * @param storage - Where the token is kept.
 * @param key - The key from `tokenKey`.
 * @return The stored token, or null.
 */
export function readToken(
  storage: TokenStorage | null,
  key: string,
): string | null {
  try {
    return storage?.getItem(key) || null;
  } catch {
    return null;
  }
}

/**
 * Writes or removes a value; a full or refusing storage only means the
 * reader signs in again after a reload.
 *
 * @param storage - Where the token is kept.
 * @param key - The key from `tokenKey`.
 * @param token - The token, or null to remove it.
 */
export function writeToken(
  storage: TokenStorage | null,
  key: string,
  token: string | null,
): void {
  try {
    if (token) storage?.setItem(key, token);
    else storage?.removeItem(key);
  } catch {
    // Keeping the token is a convenience; signing in still worked.
  }
}
