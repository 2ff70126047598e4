import { atom, onStart, type ReadableAtom } from 'nanostores';
import { isPaperframeError } from '../client/errors.js';
import { Session as SessionSchema } from '../contract/schemas.js';
import type { User } from '../contract/types.js';
import type { Session } from '../stores/session.js';
import { openSignInPopup, type PopupOutcome } from './popup.js';
import {
  defaultTokenStorage,
  readToken,
  type TokenStorage,
  tokenKey,
  writeToken,
} from './token-storage.js';

/**
 * Who is signed in. `checking` lasts until the backend confirmed a kept
 * token. A reader signed out by the backend (token expired or revoked)
 * gets `reason: 'expired'`, so elements can say so; `unreachable` means a
 * kept token could not be checked because the backend did not answer.
 */
export type UserState =
  | { status: 'checking' }
  | { status: 'signed-in'; user: User }
  | {
      status: 'signed-out';
      reason?: 'expired' | 'signed-out' | 'unreachable';
    };

/**
 * How `signIn()` ended: signed in; the reader closed the popup; the
 * browser blocked the popup; or the host supplies tokens itself, so no
 * popup was opened.
 */
export type SignInResult =
  | { status: 'signed-in'; user: User }
  | { status: 'closed' }
  | { status: 'blocked' }
  | { status: 'host' };

/**
 * Sign-in for one session: the popup flow, the token kept in storage the
 * host page controls, and `$user` from `GET /v1/session`. Get it with
 * `auth(session)`; every element on the page shares it, so signing in or
 * out anywhere updates all of them at once.
 */
export class Auth {
  private readonly user = atom<UserState>({ status: 'checking' });
  private readonly key: string;
  private storage: TokenStorage | null = defaultTokenStorage();
  private popup: { window: Window; result: Promise<SignInResult> } | null =
    null;
  private checkTicket = 0;
  private ownToken: string | null = null;

  /**
   * @param session - The session whose token this manages.
   */
  constructor(private readonly session: Session) {
    this.key = tokenKey(session.api);

    const kept = readToken(this.storage, this.key);
    if (kept && !session.$token.get()) {
      this.ownToken = kept;
      session.setToken(kept);
    }

    session.$token.listen(() => void this.check());
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => this.onStorage(event));
    }
    void this.check();
  }

  /** Who is signed in; elements re-render when it changes. */
  get $user(): ReadableAtom<UserState> {
    return this.user;
  }

  /**
   * Chooses where the token is kept between page loads. Pass null to keep
   * it in memory only; the kept copy is removed at once.
   *
   * @param storage - A `Storage`-like object, e.g. `sessionStorage`, or null.
   */
  setStorage(storage: TokenStorage | null): void {
    writeToken(this.storage, this.key, null);
    this.storage = storage;
    if (this.ownToken) writeToken(storage, this.key, this.ownToken);
  }

  /**
   * Opens the backend's sign-in popup and resolves once the reader signed
   * in or closed it. Call it from a click handler, or the browser blocks
   * the popup. While the host supplies tokens (`setTokenProvider`) no popup
   * opens and the result is `host`. A second call while the popup is open
   * focuses it and shares its result.
   *
   * @return How the sign-in ended.
   *
   * @example
   * ```ts
   * const result = await auth(session).signIn();
   * if (result.status === 'signed-in') post();
   * ```
   */
  signIn(): Promise<SignInResult> {
    if (this.session.hasTokenProvider) {
      return Promise.resolve({ status: 'host' });
    }

    const state = this.user.get();
    if (state.status === 'signed-in') {
      return Promise.resolve({ status: 'signed-in', user: state.user });
    }

    if (this.popup && !this.popup.window.closed) {
      this.popup.window.focus();
      return this.popup.result;
    }

    const opened = openSignInPopup(this.session.api);
    if (!opened) return Promise.resolve({ status: 'blocked' });

    const result = opened.outcome.then((outcome) => this.accept(outcome));
    this.popup = { window: opened.window, result };
    void result.finally(() => {
      if (this.popup?.result === result) this.popup = null;
    });
    return result;
  }

  /**
   * Signs the reader out everywhere on the page: tells the backend to
   * revoke the token, forgets it, and removes the kept copy. While the
   * host supplies tokens, the host signs out instead and this does nothing.
   *
   * @return Resolves once the reader is signed out on this page.
   */
  async signOut(): Promise<void> {
    if (this.session.hasTokenProvider) return;

    const token = this.session.$token.get();
    this.forget('signed-out');
    if (!token) return;

    // Requests sent with the token finish first, so none of them meets a
    // revoked token (and a 401) after the reader has left.
    await this.session.client.idle();

    try {
      await fetch(`${this.session.api}/v1/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
    } catch {
      // The token is already gone from this page; an unreachable server
      // lets it expire on its own.
    }
  }

  /**
   * Uses a token the app obtained itself (e.g. its own login form calling
   * `POST /v1/auth/login`), keeping it like a popup token.
   *
   * @param token - The bearer token.
   */
  useToken(token: string): void {
    this.ownToken = token;
    writeToken(this.storage, this.key, token);
    this.session.setToken(token);
  }

  /**
   * Tells auth that a request failed. A 401 while signed in means the
   * backend no longer accepts the token: the reader is signed out with
   * `reason: 'expired'`.
   *
   * @param error - What a request rejected with.
   * @return True when the error was a lost sign-in.
   */
  handleError(error: unknown): boolean {
    if (!isPaperframeError(error) || error.status !== 401) return false;
    if (this.user.get().status !== 'signed-in') return false;

    if (this.session.hasTokenProvider) void this.check();
    else this.forget('expired');
    return true;
  }

  /**
   * Calls `listener` whenever a different reader signs in, or the reader
   * signs out; not when the same reader's state is confirmed again. Stores
   * holding per-reader data reload from here, which also covers hosts that
   * supply tokens and call `refresh()`.
   *
   * @param listener - Runs after the change.
   * @return Stops listening.
   */
  onReaderChange(listener: () => void): () => void {
    let reader = readerKey(this.user.get());
    return this.user.listen((state) => {
      const next = readerKey(state);
      const confirmed = reader === CHECKING && next !== null;
      if (next === reader) return;

      reader = next;
      if (!confirmed) listener();
    });
  }

  /**
   * Keeps a store of per-reader data in step with who is signed in: it
   * reloads at once when shown, or on its next showing when nothing was
   * showing it at the change (so a widget added after a sign-in never shows
   * the signed-out answer).
   *
   * @param $store - The store; `reload()` fetches it again.
   */
  followReader(
    $store: ReadableAtom<unknown> & { reload(): Promise<void> },
  ): void {
    let stale = false;
    this.onReaderChange(() => {
      if ($store.lc > 0) void $store.reload();
      else stale = true;
    });
    // onStart, not onMount: a store shown again within onMount's grace
    // period is never unmounted, so onMount would not run.
    onStart($store, () => {
      if (!stale) return;
      stale = false;
      void $store.reload();
    });
  }

  /**
   * Asks the backend again who the current token belongs to. Hosts that
   * supply tokens call it after their own sign-in or sign-out.
   *
   * @return Resolves once `$user` holds the answer.
   */
  async refresh(): Promise<void> {
    return this.check();
  }

  private async check(): Promise<void> {
    const ticket = ++this.checkTicket;
    const token = this.session.$token.get();
    if (!token && !this.session.hasTokenProvider) {
      if (this.user.get().status !== 'signed-out') {
        this.user.set({ status: 'signed-out' });
      }
      return;
    }

    let user: User | null;
    try {
      ({ user } = await this.session.client.get('v1/session', SessionSchema));
    } catch {
      // The backend is unreachable: keep the token and show signed out
      // until it answers again; a later action or `refresh()` retries.
      // A reader already shown as signed in stays so.
      if (ticket === this.checkTicket) {
        const state = this.user.get();
        if (state.status !== 'signed-in')
          this.user.set({ status: 'signed-out', reason: 'unreachable' });
      }
      return;
    }
    if (ticket !== this.checkTicket) return;

    if (user) {
      this.user.set({ status: 'signed-in', user });
    } else if (token && !this.session.hasTokenProvider) {
      this.forget('expired');
    } else {
      this.user.set({ status: 'signed-out' });
    }
  }

  private accept(outcome: PopupOutcome): SignInResult {
    if (outcome.status !== 'signed-in') return outcome;

    this.ownToken = outcome.token;
    writeToken(this.storage, this.key, outcome.token);
    // The token first: stores that reload on a new reader must send it.
    this.session.setToken(outcome.token);
    this.user.set({ status: 'signed-in', user: outcome.user });
    return { status: 'signed-in', user: outcome.user };
  }

  private forget(reason: 'expired' | 'signed-out'): void {
    ++this.checkTicket;
    this.ownToken = null;
    writeToken(this.storage, this.key, null);
    this.session.setToken(null);
    this.user.set({ status: 'signed-out', reason });
  }

  /** Another tab signed in or out of the same backend. */
  private onStorage(event: StorageEvent): void {
    if (event.key !== this.key || event.storageArea !== this.storage) return;

    this.ownToken = event.newValue;
    if (event.newValue) this.session.setToken(event.newValue);
    else this.forget('signed-out');
  }
}

const CHECKING = '\u0000checking';

function readerKey(state: UserState): string | null {
  if (state.status === 'checking') return CHECKING;
  return state.status === 'signed-in' ? state.user.id : null;
}

/**
 * The sign-in of a session, created on first use and shared by every
 * element (and every copy of Paperframe) on the page. Creating it restores
 * a token kept from an earlier visit.
 *
 * @param session - The page's session for a backend.
 * @return The session's `Auth`.
 */
export function auth(session: Session): Auth {
  return session.store('auth', '', () => new Auth(session));
}
