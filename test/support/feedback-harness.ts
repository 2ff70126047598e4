import { fixture, html, unsafeStatic, waitUntil } from '@open-wc/testing';
import { auth, getSession, type Session } from '@paperframe/core';

/** The reference server the test runner started. */
export const api =
  (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

/** The page's session for the reference server. */
export const session: Session = getSession(api);

let readers = 0;

/** A reader registered through the real API. */
export interface TestReader {
  token: string;
  user: { id: string; name: string };
}

/**
 * Registers a new reader through the real API.
 *
 * @param name - The display name.
 * @return The token and the user.
 */
export async function register(name?: string): Promise<TestReader> {
  const n = ++readers;
  const response = await fetch(`${api}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `feedback-${Date.now()}-${n}@example.org`,
      password: 'correct horse battery',
      name: name ?? `Reviewer ${n}`,
    }),
  });
  if (!response.ok) throw new Error(`register: ${response.status}`);
  return (await response.json()) as TestReader;
}

const known = new Map<string, Promise<TestReader>>();

/**
 * A reader registered once per test file and reused, because the server
 * limits sign-ups per minute. One review per reader and paper still holds,
 * so tests that reuse a reader use papers of their own.
 *
 * @param name - The display name; also the cache key.
 * @return The reader.
 */
export function reader(name: string): Promise<TestReader> {
  let found = known.get(name);
  if (!found) {
    found = register(name);
    known.set(name, found);
  }
  return found;
}

/** Signs the page's session in as `reader` and waits until it shows. */
export async function signInAs(reader: TestReader): Promise<void> {
  auth(session).useToken(reader.token);
  await waitUntil(() => {
    const state = auth(session).$user.get();
    return state.status === 'signed-in' && state.user.id === reader.user.id;
  }, 'the reader was never signed in');
}

/**
 * Signs the page's session out without revoking the token on the server,
 * so a reader reused by a later test can still write.
 */
export async function signOut(): Promise<void> {
  session.setToken(null);
  await waitUntil(
    () => auth(session).$user.get().status === 'signed-out',
    'the reader was never signed out',
  );
}

/**
 * Calls the real API as `reader`.
 *
 * @return The parsed body, or null for 204.
 */
export async function call(
  method: string,
  path: string,
  reader?: TestReader,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${api}/${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(reader ? { authorization: `Bearer ${reader.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The first element in `el`'s shadow root with `part`. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

/** Every element in `el`'s shadow root with `part`. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [
    ...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ??
      []),
  ];
}

/** The visible text of a node, spaces collapsed. */
export function textOf(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until the element's base leaves `loading`. */
export async function settled(el: Element): Promise<void> {
  await waitUntil(
    () => {
      const state = part(el, 'base')?.dataset.state;
      return state !== undefined && state !== 'loading';
    },
    'the element never left its loading state',
    { timeout: 5000 },
  );
}

/** Types into a textarea as a reader would, firing `input`. */
export function type(field: HTMLTextAreaElement | null, value: string): void {
  if (!field) throw new Error('no such field');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A field in the element's shadow root, by id. */
export function field(el: Element, id: string): HTMLTextAreaElement | null {
  return el.shadowRoot?.querySelector(`[id="${id}"]`) ?? null;
}

/** Removes every Paperframe draft, so tests start clean. */
export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('paperframe:draft')) localStorage.removeItem(key);
  }
}

/** The Paperframe drafts now in storage. */
export function storedDrafts(): string[] {
  return Object.keys(localStorage).filter((key) =>
    key.startsWith('paperframe:draft'),
  );
}

/**
 * Shows `<tag>` for one paper against the reference server, once it has
 * left its loading state.
 *
 * @param tag - `paper-reviews` or `paper-discussion`.
 * @param paperId - The paper.
 * @return The element.
 */
export async function show<T extends HTMLElement>(
  tag: string,
  paperId: string,
): Promise<T> {
  const name = unsafeStatic(tag);
  const el = await fixture<T>(
    html`<${name} api=${api} paper-id=${paperId}></${name}>`,
  );
  await settled(el);
  return el;
}

/** Starts a test signed out, with no drafts left by an earlier one. */
export async function startClean(): Promise<void> {
  clearDrafts();
  await signOut();
}
