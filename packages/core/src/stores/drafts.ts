import { atom, type ReadableAtom } from 'nanostores';
import type { Session } from './session.js';

/** Which form a draft belongs to. */
export type DraftForm =
  | 'review'
  | 'review-edit'
  | 'comment'
  | 'comment-edit'
  | 'reply';

/** Names one draft: the backend, the paper, the reader and the form. */
export interface DraftKey {
  /** The paper, as the element names it. */
  paperId: string;
  /** The reader's user id, or null while signed out. */
  reader: string | null;
  /** The form. */
  form: DraftForm;
  /** The review or comment edited or replied to, for those forms. */
  target?: string;
}

/**
 * A draft kept in `localStorage` as the reader types. It survives a
 * reload, a failed submit and the sign-in popup, and is cleared only when
 * the form's owner says the server accepted the text.
 */
export interface DraftStore<T> {
  /** The saved draft, or null when there is none. */
  readonly $value: ReadableAtom<T | null>;
  /** The storage key, for tests and debugging. */
  readonly key: string;
  /**
   * Saves the draft at once; null removes it.
   *
   * @param value - What the reader has typed so far.
   */
  set(value: T | null): void;
  /** Removes the draft, after the server accepted the text. */
  clear(): void;
  /** Reads the draft from storage again. */
  refresh(): void;
}

const PREFIX = 'paperframe:draft:v1';

/** Drafts older than this are dropped when read. */
const MAX_AGE_MS = 60 * 24 * 3600 * 1000;

/**
 * The storage key of a draft.
 *
 * @param api - The backend's base URL.
 * @param key - Paper, reader, form and target.
 * @return The `localStorage` key.
 */
export function draftStorageKey(api: string, key: DraftKey): string {
  const parts = [
    api,
    key.paperId,
    key.reader ?? 'anonymous',
    key.form,
    key.target ?? '',
  ];
  return [PREFIX, ...parts.map((part) => encodeURIComponent(part))].join('|');
}

/**
 * The draft store of one form, shared by every element of the session.
 *
 * @param session - The page's session; its API is part of the key.
 * @param key - Paper, reader, form and target.
 * @return The draft store.
 */
export function draft<T>(session: Session, key: DraftKey): DraftStore<T> {
  const storageKey = draftStorageKey(session.api, key);
  const store = session.store('draft', storageKey, () =>
    createDraftStore<T>(storageKey),
  );
  // Storage is the source of truth: another tab, or a reload of this
  // element, may have changed it since the store was made.
  store.refresh();
  return store;
}

/**
 * Gives a signed-out reader's draft to the same reader once signed in, so
 * text typed before the sign-in popup is still there after it. A draft the
 * signed-in reader already had wins and the anonymous one is kept.
 *
 * @param session - The page's session.
 * @param key - The draft's key while signed in (`reader` set).
 * @return The draft store under the signed-in key.
 */
export function adoptDraft<T>(session: Session, key: DraftKey): DraftStore<T> {
  const mine = draft<T>(session, key);
  if (key.reader === null) return mine;

  const anonymous = draft<T>(session, { ...key, reader: null });
  const value = anonymous.$value.get();
  if (value !== null && mine.$value.get() === null) {
    mine.set(value);
    anonymous.clear();
  }
  return mine;
}

function createDraftStore<T>(storageKey: string): DraftStore<T> {
  const $value = atom<T | null>(read<T>(storageKey));

  const set = (value: T | null) => {
    $value.set(value);
    write(storageKey, value);
  };

  return {
    $value,
    key: storageKey,
    set,
    clear: () => set(null),
    refresh: () => $value.set(read<T>(storageKey)),
  };
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some browsers throw on access when storage is blocked for the frame.
    return null;
  }
}

function read<T>(storageKey: string): T | null {
  const raw = storage()?.getItem(storageKey);
  if (!raw) return null;

  try {
    const saved = JSON.parse(raw) as { at?: number; value?: T };
    if (typeof saved.at !== 'number' || Date.now() - saved.at > MAX_AGE_MS) {
      storage()?.removeItem(storageKey);
      return null;
    }
    return saved.value ?? null;
  } catch {
    return null;
  }
}

// Limitation: with storage blocked or full, drafts live only as long as the
// page. Browsers refuse the write and there is nowhere else to keep them.
// An IndexedDB fallback would not help, as it is blocked by the same rule.
function write<T>(storageKey: string, value: T | null): void {
  try {
    if (value === null) storage()?.removeItem(storageKey);
    else {
      storage()?.setItem(storageKey, JSON.stringify({ at: Date.now(), value }));
    }
  } catch {
    // Quota exceeded: the draft stays in memory.
  }
}
