import { auth } from '../auth/auth.js';
import { isPaperframeError } from '../client/errors.js';
import { Collection, page } from '../contract/schemas.js';
import type { Collection as CollectionData } from '../contract/types.js';
import { type ResourceStore, resourceStore } from './resource.js';
import type { Session } from './session.js';

/** The caller's collections, with the action that creates one. */
export interface CollectionsStore extends ResourceStore<CollectionData[]> {
  /**
   * Creates a collection and adds it to the list once the server accepted
   * it.
   *
   * @param name - The name the reader typed.
   * @return The new collection.
   */
  create(name: string): Promise<CollectionData>;
}

const CollectionPage = page(Collection);

/**
 * The signed-in reader's collections, shared by every element of the page.
 * Empty while signed out; it loads again when the reader signs in or out.
 *
 * @param session - The page's session.
 * @return The one collections store of that session.
 */
export function collections(session: Session): CollectionsStore {
  return session.store('collections', '', () => createStore(session));
}

function createStore(session: Session): CollectionsStore {
  const signIn = auth(session);

  const $store = resourceStore<CollectionData[]>(async () => {
    if (!(await session.getToken())) return [];
    try {
      const answer = await session.client.get(
        'v1/me/collections',
        CollectionPage,
      );
      return answer.items;
    } catch (error) {
      if (isPaperframeError(error) && error.status === 401) return [];
      throw error;
    }
  });

  signIn.followReader($store);

  async function create(name: string): Promise<CollectionData> {
    let created: CollectionData;
    try {
      created = await session.client.request(
        'POST',
        'v1/me/collections',
        Collection,
        {
          json: { name },
        },
      );
    } catch (error) {
      signIn.handleError(error);
      throw error;
    }

    const state = $store.get();
    const list = state.status === 'ready' ? state.data : [];
    $store.set({ status: 'ready', data: [...list, created] });
    return created;
  }

  return Object.assign($store, { create });
}
