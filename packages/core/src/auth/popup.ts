import * as v from 'valibot';
import { User } from '../contract/schemas.js';
import type { User as UserData } from '../contract/types.js';

/**
 * The one message the backend's `/auth/popup` page posts to its opener
 * after a successful sign-in.
 */
export const AuthMessage = v.object({
  type: v.literal('paperframe:auth'),
  token: v.pipe(v.string(), v.minLength(1)),
  user: User,
  expiresAt: v.optional(v.string()),
});

/** What the popup hands back when the reader signed in. */
export interface PopupToken {
  token: string;
  user: UserData;
}

/** How a popup sign-in ended. */
export type PopupOutcome =
  | { status: 'signed-in'; token: string; user: UserData }
  | { status: 'closed' }
  | { status: 'blocked' };

/** A popup that is open, with its outcome. */
export interface OpenPopup {
  /** The popup window, to focus it again. */
  window: Window;
  /** Settles once when the reader signed in or closed the window. */
  outcome: Promise<PopupOutcome>;
}

const FEATURES = 'popup,width=460,height=640';
const CLOSED_POLL_MS = 400;

/**
 * Opens the backend's sign-in page in a popup and waits for its token.
 * Must be called while handling the reader's click, or the browser blocks
 * the window. A message counts only when it comes from the backend's
 * origin, from that very window, and has the expected shape; anything else
 * posted to the page is ignored.
 *
 * @param api - The backend's base URL.
 * @return The open popup, or null when the browser blocked it.
 */
export function openSignInPopup(api: string): OpenPopup | null {
  const backend = new URL(api).origin;
  const url = new URL('/auth/popup', `${api}/`);
  url.searchParams.set('origin', location.origin);

  const popup = window.open(url.href, 'paperframe-sign-in', FEATURES);
  if (!popup) return null;

  const outcome = new Promise<PopupOutcome>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== backend || event.source !== popup) return;

      const parsed = v.safeParse(AuthMessage, event.data);
      if (!parsed.success) return;

      finish({
        status: 'signed-in',
        token: parsed.output.token,
        user: parsed.output.user,
      });
    };

    // The popup posts its message just before it closes itself, so a
    // closed window waits one more poll for a message still queued.
    let closedPolls = 0;
    const timer = setInterval(() => {
      if (!popup.closed) return;
      if (++closedPolls > 1) finish({ status: 'closed' });
    }, CLOSED_POLL_MS);

    function finish(result: PopupOutcome) {
      window.removeEventListener('message', onMessage);
      clearInterval(timer);
      resolve(result);
    }

    window.addEventListener('message', onMessage);
  });

  return { window: popup, outcome };
}
