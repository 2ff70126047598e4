import { atom, type ReadableAtom } from 'nanostores';
import { auth } from '../auth/auth.js';
import { Collection, ReactionKinds, Reactions } from '../contract/schemas.js';
import type {
  ReactionInput,
  ReactionKind,
  Reactions as ReactionsData,
  Vote,
} from '../contract/types.js';
import { collections } from './collections.js';
import { missingPaper, type ResourceStore, resourceStore } from './resource.js';
import type { Session } from './session.js';

/**
 * One paper's reactions: the counts, the reader's own vote, specific
 * reactions and collections, and the actions that change them.
 *
 * Actions are optimistic: the store shows the change at once, writes go
 * out one at a time per paper, and when the reader changes their mind
 * while a write is in flight only the latest wish is sent next. On failure
 * the store returns to what the server last confirmed and the action's
 * promise rejects with the `PaperframeError`.
 */
export interface ReactionsStore extends ResourceStore<ReactionsData> {
  /** True while a change is shown that the server has not confirmed yet. */
  readonly $pending: ReadableAtom<boolean>;

  /**
   * Sets the reader's vote; `none` clears it.
   *
   * @param vote - `like`, `dislike` or `none`.
   * @return Resolves once the server agrees with what is shown.
   */
  setVote(vote: Vote): Promise<void>;

  /**
   * Sets the reader's specific reactions to exactly these kinds.
   *
   * @param kinds - Ids from `GET /v1/reaction-kinds`.
   * @return Resolves once the server agrees with what is shown.
   */
  setKinds(kinds: string[]): Promise<void>;

  /**
   * Saves the paper into one of the reader's collections, or removes it.
   * The id `default` names the reader's "Saved" collection, which the
   * server creates on first use.
   *
   * @param collectionId - The collection's id, or `default`.
   * @param saved - True to save, false to remove.
   * @return Resolves once the server agrees with what is shown.
   */
  setSaved(collectionId: string, saved: boolean): Promise<void>;
}

/**
 * The reactions of one paper, shared by every element showing that paper.
 * It loads again when the reader signs in or out, and keeps the paper
 * store's like, dislike and save counts in step.
 *
 * @param session - The page's session.
 * @param paperId - A scheme-prefixed id such as `arxiv:2204.05862`.
 * @return The one reactions store for that paper.
 *
 * @example
 * ```ts
 * const $reactions = reactions(getSession(), 'arxiv:2204.05862');
 * await $reactions.setVote('like');
 * ```
 */
// Limitation: two elements naming one paper by different ids (a DOI and an
// arXiv id) get two stores that do not share pending changes. Stores are
// keyed by the id as written. Keying by the backend's canonical id once the
// paper is loaded would lift it.
export function reactions(session: Session, paperId: string): ReactionsStore {
  return session.store('reactions', paperId, () =>
    createStore(session, paperId),
  );
}

/**
 * The vocabulary of specific reactions the backend offers, loaded once per
 * session.
 *
 * @param session - The page's session.
 * @return The store of reaction kinds, in the backend's order.
 */
export function reactionKinds(session: Session): ResourceStore<ReactionKind[]> {
  return session.store('reaction-kinds', '', () =>
    resourceStore(async () => {
      const answer = await session.client.get(
        'v1/reaction-kinds',
        ReactionKinds,
      );
      return answer.items;
    }),
  );
}

interface Intent<T> {
  value: T;
}

interface Intents {
  vote?: Intent<Vote>;
  kinds?: Intent<string[]>;
  saves: Map<string, Intent<boolean>>;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

function createStore(session: Session, paperId: string): ReactionsStore {
  const signIn = auth(session);
  const path = `v1/papers/${encodeURIComponent(paperId)}/reactions`;
  const $pending = atom(false);
  const wanted: Intents = { saves: new Map() };
  let confirmed: ReactionsData | null = null;
  let confirmedAt = 0;
  let waiters: Waiter[] = [];
  let running = false;

  const $store = resourceStore<ReactionsData>(async () => {
    const startedAt = confirmedAt;
    let answer: ReactionsData;
    try {
      answer = await session.client.get(path, Reactions);
    } catch (error) {
      const missing = missingPaper(error);
      if (missing) return missing;
      throw error;
    }

    // A write confirmed while this read was in flight is newer than it.
    if (confirmedAt === startedAt || !confirmed) confirmed = answer;
    const shown = applyIntents(confirmed, wanted);
    syncPaperCounts(session, paperId, shown);
    return shown;
  });

  signIn.followReader($store);

  function publish(): void {
    $pending.set(hasIntents(wanted));
    if (!confirmed) return;

    const shown = applyIntents(confirmed, wanted);
    $store.set({ status: 'ready', data: shown });
    syncPaperCounts(session, paperId, shown);
  }

  function confirm(answer: ReactionsData): void {
    confirmed = answer;
    confirmedAt++;
  }

  function intend(action: string, change: () => void): Promise<void> {
    if (!confirmed?.mine) {
      return Promise.reject(
        new TypeError(
          `\`${action}\` needs a signed-in reader and loaded reactions. Wait for the store to be ready and call \`auth(session).signIn()\` first.`,
        ),
      );
    }

    change();
    publish();
    const done = new Promise<void>((resolve, reject) =>
      waiters.push({ resolve, reject }),
    );
    void flush();
    return done;
  }

  async function flush(): Promise<void> {
    if (running) return;
    running = true;
    let saved = false;

    try {
      for (;;) {
        if (await sendReaction()) continue;
        if (await sendSave()) {
          saved = true;
          continue;
        }
        if (!saved) break;

        saved = false;
        confirm(await session.client.get(path, Reactions));
      }
    } catch (error) {
      wanted.vote = undefined;
      wanted.kinds = undefined;
      wanted.saves.clear();
      publish();
      signIn.handleError(error);
      settle((waiter) => waiter.reject(error));
      return;
    } finally {
      running = false;
    }

    publish();
    settle((waiter) => waiter.resolve());
  }

  /** Sends the vote and kinds the reader wants, if they differ. */
  async function sendReaction(): Promise<boolean> {
    const mine = confirmed?.mine;
    const { vote, kinds } = wanted;
    if (vote && vote.value === mine?.vote) wanted.vote = undefined;
    if (kinds && sameSet(kinds.value, mine?.kinds ?? [])) {
      wanted.kinds = undefined;
    }
    if (!wanted.vote && !wanted.kinds) return false;

    const body: ReactionInput = {};
    if (wanted.vote) body.vote = wanted.vote.value;
    if (wanted.kinds) body.kinds = wanted.kinds.value;
    const sentVote = wanted.vote;
    const sentKinds = wanted.kinds;

    confirm(
      await session.client.request('PUT', `${path}/me`, Reactions, {
        json: body,
      }),
    );
    if (wanted.vote === sentVote) wanted.vote = undefined;
    if (wanted.kinds === sentKinds) wanted.kinds = undefined;
    publish();
    return true;
  }

  /** Sends one save or unsave the reader wants, if any is left. */
  async function sendSave(): Promise<boolean> {
    const first = wanted.saves.entries().next();
    if (first.done) return false;

    const [id, intent] = first.value;
    const has = confirmed?.mine?.collections.includes(id) ?? false;
    if (intent.value !== has) {
      await session.client.request(
        intent.value ? 'PUT' : 'DELETE',
        `v1/me/collections/${encodeURIComponent(id)}/papers/${encodeURIComponent(paperId)}`,
        Collection,
      );
      void collections(session).reload();
    }
    if (wanted.saves.get(id) === intent) wanted.saves.delete(id);
    return true;
  }

  function settle(each: (waiter: Waiter) => void): void {
    if (hasIntents(wanted)) return;

    const done = waiters;
    waiters = [];
    done.forEach(each);
  }

  return Object.assign($store, {
    $pending,
    setVote: (vote: Vote) =>
      intend('setVote', () => {
        wanted.vote = { value: vote };
      }),
    setKinds: (kinds: string[]) =>
      intend('setKinds', () => {
        wanted.kinds = { value: [...new Set(kinds)] };
      }),
    setSaved: (collectionId: string, saved: boolean) =>
      intend('setSaved', () => {
        wanted.saves.delete(collectionId);
        wanted.saves.set(collectionId, { value: saved });
      }),
  });
}

function hasIntents(wanted: Intents): boolean {
  return Boolean(wanted.vote || wanted.kinds || wanted.saves.size);
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** What the reader sees: the confirmed state with their pending wishes. */
function applyIntents(base: ReactionsData, wanted: Intents): ReactionsData {
  const mine = base.mine;
  if (!mine || !hasIntents(wanted)) return base;

  const counts = { ...base.counts, kinds: { ...base.counts.kinds } };
  const vote = wanted.vote?.value ?? mine.vote;
  counts.likes += Number(vote === 'like') - Number(mine.vote === 'like');
  counts.dislikes +=
    Number(vote === 'dislike') - Number(mine.vote === 'dislike');

  const kinds = wanted.kinds?.value ?? mine.kinds;
  for (const kind of new Set([...kinds, ...mine.kinds])) {
    const change =
      Number(kinds.includes(kind)) - Number(mine.kinds.includes(kind));
    const next = (counts.kinds[kind] ?? 0) + change;
    if (next > 0) counts.kinds[kind] = next;
    else delete counts.kinds[kind];
  }

  const saved = new Set(mine.collections);
  for (const [id, intent] of wanted.saves) {
    if (intent.value) saved.add(id);
    else saved.delete(id);
  }
  counts.saves += Number(saved.size > 0) - Number(mine.collections.length > 0);

  return {
    counts,
    mine: { vote, kinds, collections: [...saved] },
  };
}

/** Keeps the card's counts equal to what the reactions show. */
function syncPaperCounts(
  session: Session,
  paperId: string,
  shown: ReactionsData,
): void {
  const $paper = session.paper(paperId);
  const state = $paper.get();
  if (state.status !== 'ready') return;

  const { counts } = state.data;
  const { likes, dislikes, saves } = shown.counts;
  if (
    counts.likes === likes &&
    counts.dislikes === dislikes &&
    counts.saves === saves
  ) {
    return;
  }
  $paper.set({
    status: 'ready',
    data: { ...state.data, counts: { ...counts, likes, dislikes, saves } },
  });
}
