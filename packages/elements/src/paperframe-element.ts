import { consume } from '@lit/context';
import {
  firstFilled,
  getSession,
  resolveApi,
  type Session,
} from '@paperframe/core';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ELEMENT_BRAND } from './brand.js';
import type { DarkClassState } from './follow-dark-class.js';
import { enterLocale, languageOf } from './i18n/index.js';
import {
  apiContext,
  ensureContextRoot,
  paperIdContext,
  sessionContext,
} from './context.js';

/** Colour scheme of an element: follow the reader's system, or force one. */
export type Theme = 'light' | 'dark' | 'auto';

export { ELEMENT_BRAND };

/**
 * Base class of the Paperframe elements. It resolves which backend and
 * which paper an element shows: its own `api` / `paper-id` attributes
 * first, then the nearest `<paper-frame>`, then the page-wide config, then
 * the local reference server.
 */
export class PaperframeElement extends LitElement {
  /** Brand that `define` uses to recognise another copy of Paperframe. */
  static readonly [ELEMENT_BRAND] = true;

  /** Base URL of the backend; defaults to the nearest `<paper-frame>`'s. */
  @property() api?: string;

  /** The paper, as a scheme-prefixed id such as arxiv:2204.05862. */
  @property({ attribute: 'paper-id' }) paperId?: string;

  /** Colour scheme: `light`, `dark`, or `auto` to follow the system. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** @internal */
  @consume({ context: apiContext, subscribe: true })
  @state()
  protected contextApi?: string;

  /** @internal */
  @consume({ context: paperIdContext, subscribe: true })
  @state()
  protected contextPaperId?: string;

  /** @internal */
  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected contextSession?: Session;

  /** The backend this element talks to, after resolution. */
  get resolvedApi(): string {
    return resolveApi(this.api, this.contextApi);
  }

  /** The paper this element shows, after resolution, if any. */
  get resolvedPaperId(): string | undefined {
    return firstFilled(this.paperId, this.contextPaperId);
  }

  /** The session for the resolved backend. */
  get session(): Session {
    const provided = this.contextSession;
    if (provided && provided.api === this.resolvedApi) return provided;
    return getSession(this.resolvedApi);
  }

  override connectedCallback(): void {
    ensureContextRoot();
    const dark = darkClassState();
    dark.elements.add(this);
    dark.apply?.(this);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    darkClassState().elements.delete(this);
  }

  /** Renders in the language of the element's nearest `lang` attribute. */
  protected override update(changed: PropertyValues): void {
    const restore = enterLocale(languageOf(this));
    try {
      super.update(changed);
    } finally {
      restore();
    }
  }

  /**
   * Holds the first update while an enclosing `<paper-frame>` is not defined
   * yet, so no store is created, and no request sent, for a backend or paper
   * the frame is about to name.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const frame = undefinedFrameAncestor(this);
    if (frame) await customElements.whenDefined(frame.localName);
    super.scheduleUpdate();
  }
}

const DARK_CLASS = Symbol.for('paperframe.dark-class');

/** Where elements register so `followDarkClass` can theme them. */
function darkClassState(): DarkClassState {
  const holder = globalThis as { [DARK_CLASS]?: DarkClassState };
  holder[DARK_CLASS] ??= { elements: new Set() };
  return holder[DARK_CLASS];
}

/**
 * The nearest ancestor that will become a `<paper-frame>` (under any prefix)
 * but is not defined yet, crossing shadow roots.
 */
// Limitation: a frame renamed to a tag that does not end in `paper-frame`
// is not waited for; children then start with the page-wide backend. Keep
// the `paper-frame` suffix when renaming, or define the frame first.
function undefinedFrameAncestor(element: Element): Element | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (
      node instanceof Element &&
      node.localName.endsWith('paper-frame') &&
      !customElements.get(node.localName)
    ) {
      return node;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}
