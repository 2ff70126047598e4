import { auth, type Session, type SignInResult } from '@paperframe/core';
import { PaperLoginRequestEvent } from '../events/paper-login-request.js';

/**
 * How a sign-in request ended: as `auth(session).signIn()` does, or
 * `cancelled` when the host cancelled `paper-login-request` to run its own
 * sign-in.
 */
export type SignInRequestResult = SignInResult | { status: 'cancelled' };

/**
 * Asks a signed-out reader to sign in before an action that needs an
 * account. Fires the cancelable `paper-login-request` from `host`; unless
 * the host cancels it, opens the backend's sign-in popup. Call it straight
 * from the click handler (before any `await`), or the browser blocks the
 * popup.
 *
 * Whatever the result, `auth(session).$user` turns `signed-in` as soon as
 * the reader is signed in, also when the host's own sign-in finishes later;
 * elements that wait for it there complete the action in every case.
 *
 * @param host - The element the reader used; the event starts there.
 * @param session - The page's session.
 * @param action - What the reader tried, e.g. `review` or `comment`.
 * @param paperId - The paper concerned, if any.
 * @return How the request ended.
 *
 * @example
 * ```ts
 * const result = await requestSignIn(this, this.session, 'review');
 * if (result.status === 'signed-in') await this.submit();
 * ```
 */
export function requestSignIn(
  host: HTMLElement,
  session: Session,
  action: string,
  paperId?: string,
): Promise<SignInRequestResult> {
  const request = new PaperLoginRequestEvent({
    action,
    paperId,
    api: session.api,
  });
  host.dispatchEvent(request);
  if (request.defaultPrevented) return Promise.resolve({ status: 'cancelled' });

  return auth(session).signIn();
}
