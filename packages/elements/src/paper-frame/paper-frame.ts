import { provide } from '@lit/context';
import {
  getSession,
  resolveApi,
  type Session,
  type TokenProvider,
} from '@paperframe/core';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  apiContext,
  ensureContextRoot,
  paperIdContext,
  sessionContext,
} from '../context.js';
import { ELEMENT_BRAND } from '../brand.js';

/**
 * Shared setup for the Paperframe elements inside it: the backend URL, the
 * paper and the session. Children that leave out `api` or `paper-id` take
 * them from the nearest frame, whatever order the tags are defined in.
 *
 * @summary Provides backend, paper and session to its descendants.
 *
 * @slot - The Paperframe elements (and anything else) to show.
 */
export class PaperFrame extends LitElement {
  /** Brand that `define` uses to recognise another copy of Paperframe. */
  static readonly [ELEMENT_BRAND] = true;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the backend for every element inside. */
  @property() api?: string;

  /** The paper shown by the elements inside, e.g. arxiv:2204.05862. */
  @property({ attribute: 'paper-id' }) paperId?: string;

  /**
   * A function that returns the host app's bearer token. When set, the
   * elements never open the sign-in popup: the host signs readers in.
   */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  @provide({ context: apiContext })
  protected providedApi?: string;

  @provide({ context: paperIdContext })
  protected providedPaperId?: string;

  @provide({ context: sessionContext })
  protected providedSession?: Session;

  /** The session the elements inside share. */
  get session(): Session {
    return getSession(resolveApi(this.api));
  }

  override connectedCallback(): void {
    ensureContextRoot();
    // Provide before the first render: children already waiting for a
    // frame must get the real values, never a default backend.
    this.provideValues();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.provideValues();
    if (changed.has('tokenProvider') && this.tokenProvider) {
      this.session.setTokenProvider(this.tokenProvider);
    }
  }

  private provideValues(): void {
    const api = resolveApi(this.api);
    if (this.providedApi !== api) {
      this.providedApi = api;
      this.providedSession = this.session;
    }
    if (this.providedPaperId !== this.paperId) {
      this.providedPaperId = this.paperId;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
