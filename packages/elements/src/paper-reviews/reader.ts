import type { Session, User } from '@paperframe/core';
import { Session as SessionSchema } from '@paperframe/core/contract';
import { atom, type ReadableAtom } from 'nanostores';

/** Who is reading: a user, `null` when signed out, `undefined` while asked. */
export type ReaderState = User | null | undefined;

/**
 * The reader of a session, kept in step with its token: when the token
 * changes (sign-in in the popup, sign-out, a host token), the reader is
 * asked for again with `GET /v1/session`.
 *
 * @param session - The page's session.
 * @return The shared reader store.
 */
export function reader(session: Session): ReadableAtom<ReaderState> {
  return session.store('reader', '', () => {
    const $reader = atom<ReaderState>(undefined);
    let ticket = 0;

    session.$token.subscribe(async () => {
      const mine = ++ticket;
      try {
        const { user } = await session.client.get('v1/session', SessionSchema);
        if (mine === ticket) $reader.set(user);
      } catch {
        if (mine === ticket) $reader.set(null);
      }
    });
    return $reader;
  });
}

/**
 * Asks a signed-out reader to sign in before posting, and resolves with
 * the reader once signed in, or null when they did not sign in.
 *
 * @param session - The page's session.
 * @param host - The element asking, for the request event.
 * @return The signed-in reader, or null.
 */
export async function requestSignIn(
  session: Session,
  host: HTMLElement,
): Promise<User | null> {
  const asked = new CustomEvent('paper-login-request', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail: { api: session.api },
  });
  host.dispatchEvent(asked);
  return null;
}
