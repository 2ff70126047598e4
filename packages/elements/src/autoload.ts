import {
  type DefineOptions,
  defineElement,
  ELEMENT_TAGS,
  type ElementTag,
  setNaming,
  tagName,
} from './tag-names.js';

type Loader = () => Promise<CustomElementConstructor>;

/**
 * Each element's code, as its own chunk. A page pays only for the elements
 * it uses: a page of cards never downloads the review form or the map.
 */
const loaders: Record<ElementTag, Loader> = {
  'paper-frame': () =>
    import('./paper-frame/paper-frame.js').then((m) => m.PaperFrame),
  'paper-card': () =>
    import('./paper-card/paper-card.js').then((m) => m.PaperCard),
  'paper-reactions': () =>
    import('./paper-reactions/paper-reactions.js').then(
      (m) => m.PaperReactions,
    ),
  'paper-account': () =>
    import('./paper-account/paper-account.js').then((m) => m.PaperAccount),
  'paper-reviews': () =>
    import('./paper-reviews/paper-reviews.js').then((m) => m.PaperReviews),
  'paper-discussion': () =>
    import('./paper-discussion/paper-discussion.js').then(
      (m) => m.PaperDiscussion,
    ),
  'research-map': () =>
    import('./research-map/research-map.js').then((m) => m.ResearchMap),
  'paper-detail': () =>
    import('./paper-detail/paper-detail.js').then((m) => m.PaperDetail),
};

const requested = new Set<ElementTag>();

/**
 * Loads and defines one element now, whether or not the page uses it yet.
 *
 * @param tag - The element's default tag.
 * @return Resolves once the element is defined (or its name is taken).
 */
export async function loadElement(tag: ElementTag): Promise<void> {
  requested.add(tag);
  defineElement(tag, await loaders[tag]());
}

function tagsIn(root: ParentNode, only: readonly ElementTag[]): ElementTag[] {
  return only.filter(
    (tag) => !requested.has(tag) && root.querySelector(tagName(tag)) !== null,
  );
}

async function loadAll(tags: ElementTag[]): Promise<void> {
  if (tags.length === 0) return;
  for (const tag of tags) requested.add(tag);

  // The frame goes first, so its children find it when they upgrade.
  if (tags.includes('paper-frame')) await loadElement('paper-frame');
  await Promise.all(
    tags.filter((tag) => tag !== 'paper-frame').map(loadElement),
  );
}

/** Loads `tags`; a chunk that fails to load is tried again on next use. */
function loadSafely(tags: ElementTag[]): void {
  loadAll(tags).catch(() => {
    for (const tag of tags) {
      if (!customElements.get(tagName(tag))) requested.delete(tag);
    }
  });
}

/**
 * Defines, on demand, the Paperframe elements a page uses: those in the
 * document now, and those added later (after a single-page app navigates,
 * for instance), each loaded from its own chunk.
 *
 * @param options - Prefix, renames, and which elements may be loaded.
 * @return Stops watching the document for new elements.
 */
export function autoloadElements(options: DefineOptions = {}): () => void {
  if (typeof document === 'undefined') return () => {};
  setNaming(options);
  const only = options.only ?? ELEMENT_TAGS;

  loadSafely(tagsIn(document, only));

  // Limitation: elements placed inside another library's shadow root are
  // not seen by this observer. Call `loadElement(tag)` for them.
  const observer = new MutationObserver(() => {
    loadSafely(tagsIn(document, only));
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  return () => observer.disconnect();
}

export type { DefineOptions, ElementTag } from './tag-names.js';
