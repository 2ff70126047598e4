import { atom, type ReadableAtom } from 'nanostores';
import { createClient, type PaperframeClient } from '../client/client.js';
import { normalizeApi, resolveApi } from '../config.js';
import type { Paper } from '../contract/types.js';
import { createPaperLoader } from './paper.js';
import { type ResourceStore, resourceStore } from './resource.js';

/** Supplies a bearer token on demand, e.g. from the host app's own login. */
export type TokenProvider = () =>
  | string
  | null
  | undefined
  | Promise<string | null | undefined>;

/** Client settings a session passes on to its client. */
export interface SessionOptions {
  /** Milliseconds before a request counts as timed out. */
  timeout?: number;
  /** Retries for failed reads. */
  retries?: number;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
}

/**
 * Everything the elements on a page share for one backend: the caller's
 * token, the HTTP client, and one cache of stores, so that two elements
 * showing the same paper share one store and one request.
 *
 * Get it with `getSession(api)` rather than `new Session()`: sessions are
 * kept per page under a `Symbol.for` key, so two copies of Paperframe on
 * one page use the same one.
 */
export class Session {
  /** The backend's normalised base URL. */
  readonly api: string;

  /** The HTTP client, which sends this session's token. */
  readonly client: PaperframeClient;

  private readonly token = atom<string | null>(null);
  private provider: TokenProvider | null = null;
  private readonly stores = new Map<string, unknown>();
  private readonly loadPaper: ReturnType<typeof createPaperLoader>;

  /**
   * @param api - Base URL of the backend.
   * @param options - Client settings.
   */
  constructor(api: string, options: SessionOptions = {}) {
    this.api = normalizeApi(api);
    this.client = createClient({
      ...options,
      api: this.api,
      token: () => this.getToken(),
    });
    this.loadPaper = createPaperLoader(this.client);
  }

  /** The token set with `setToken`, or null when signed out. */
  get $token(): ReadableAtom<string | null> {
    return this.token;
  }

  /**
   * Sets or clears the bearer token. Every element listening to `$token`
   * updates at once.
   *
   * @param token - The token, or null to sign out.
   */
  setToken(token: string | null): void {
    this.token.set(token || null);
  }

  /**
   * Lets the host app supply tokens on demand. The provider is asked before
   * every request and wins over `setToken`.
   *
   * @param provider - Returns the current token, or null to remove it.
   */
  setTokenProvider(provider: TokenProvider | null): void {
    this.provider = provider;
  }

  /** True while a host token provider is set: the host runs sign-in. */
  get hasTokenProvider(): boolean {
    return this.provider !== null;
  }

  /**
   * The token the next request will send.
   *
   * @return The provider's token, else the one set, else null.
   */
  async getToken(): Promise<string | null> {
    if (this.provider) return (await this.provider()) || null;
    return this.token.get();
  }

  /**
   * The store of one paper. Papers asked for in the same tick are fetched
   * with one batch request.
   *
   * @param id - A scheme-prefixed id such as `arxiv:2204.05862`.
   * @return The shared store for that id.
   */
  paper(id: string): ResourceStore<Paper> {
    return this.store('paper', id, () => resourceStore(this.loadPaper(id)));
  }

  /**
   * Returns the cached store of a family, creating it on first use. Other
   * store families (reactions, reviews, graph) are kept here too.
   *
   * @param family - The family's name, e.g. `reactions`.
   * @param key - The key within the family, usually a paper id.
   * @param create - Makes the store when it is not cached yet.
   * @return The one store for that family and key.
   */
  store<S>(family: string, key: string, create: () => S): S {
    const cacheKey = `${family}\u0000${key}`;
    if (!this.stores.has(cacheKey)) this.stores.set(cacheKey, create());
    return this.stores.get(cacheKey) as S;
  }
}

const SESSIONS = Symbol.for('paperframe.session');

type SessionHolder = { [SESSIONS]?: Map<string, Session> };

/**
 * The page's session for a backend, created on first use.
 *
 * @param api - Base URL; defaults to the global config, then the local
 *   reference server.
 * @param options - Client settings, used only when the session is created.
 * @return The one session for that base URL on this page.
 */
export function getSession(api?: string, options?: SessionOptions): Session {
  const holder = globalThis as SessionHolder;
  holder[SESSIONS] ??= new Map();

  const key = resolveApi(api);
  let session = holder[SESSIONS].get(key);
  if (!session) {
    session = new Session(key, options);
    holder[SESSIONS].set(key, session);
  }
  return session;
}
