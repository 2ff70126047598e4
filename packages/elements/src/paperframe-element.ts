import { consume } from '@lit/context';
import {
  firstFilled,
  getSession,
  resolveApi,
  type Session,
} from '@paperframe/core';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  apiContext,
  ensureContextRoot,
  paperIdContext,
  sessionContext,
} from './context.js';

/** Colour scheme of an element: follow the reader's system, or force one. */
export type Theme = 'light' | 'dark' | 'auto';

/** Marks Paperframe's element classes, across copies of the library. */
export const ELEMENT_BRAND = Symbol.for('paperframe.element');

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
    super.connectedCallback();
  }
}
