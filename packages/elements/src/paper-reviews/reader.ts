import { auth, type Session, type User } from '@paperframe/core';
import { computed, type ReadableAtom } from 'nanostores';
import { requestSignIn as askToSignIn } from '../paper-account/sign-in.js';

/** Who is reading: a user, `null` when signed out, `undefined` while checked. */
export type ReaderState = User | null | undefined;

/**
 * The reader of a session, from the page-wide sign-in state.
 *
 * @param session - The page's session.
 * @return The shared reader store.
 */
export function reader(session: Session): ReadableAtom<ReaderState> {
  return session.store('reader', '', () =>
    computed(auth(session).$user, (state) =>
      state.status === 'checking'
        ? undefined
        : state.status === 'signed-in'
          ? state.user
          : null,
    ),
  );
}

/**
 * Asks a signed-out reader to sign in before posting, through the page's
 * sign-in popup (or the host's own sign-in, when it cancels
 * `paper-login-request`). Call it before any `await` in a click or submit
 * handler, or the browser blocks the popup.
 *
 * @param session - The page's session.
 * @param host - The element asking; the request event starts there.
 * @param action - What the reader tried, e.g. `review`.
 * @param paperId - The paper concerned.
 * @return The signed-in reader, or null when they did not sign in.
 */
export async function requestSignIn(
  session: Session,
  host: HTMLElement,
  action: string,
  paperId?: string,
): Promise<User | null> {
  const result = await askToSignIn(host, session, action, paperId);
  return result.status === 'signed-in' ? result.user : null;
}

/**
 * Tells the page's sign-in that a write failed, so an expired token signs
 * the reader out everywhere.
 *
 * @param session - The page's session.
 * @param error - What the write rejected with.
 */
export function reportAuthError(session: Session, error: unknown): void {
  auth(session).handleError(error);
}
