import {
  isPaperframeError,
  type Paper,
  type ResourceState,
  type ResourceStore,
  warnOnce,
  type NotFoundReason,
} from '@paperframe/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StoreController } from '../controllers/store-controller.js';
import {
  type ExpandableSection,
  PaperExpandChangeEvent,
} from '../events/paper-expand-change.js';
import { PaperLoadErrorEvent } from '../events/paper-load-error.js';
import { describeError } from '../describe-error.js';
import { msg } from '../i18n/index.js';
import { missingPaperText } from '../missing-paper.js';
import { PaperframeElement } from '../paperframe-element.js';
import { renderRetry } from '../retry-button.js';
import { shared, tokens } from '../styles/tokens.js';
import { styles } from './paper-card.styles.js';

/** Authors shown before "et al." when the list is long. */
const AUTHORS_SHOWN = 3;
/** An abstract longer than this starts collapsed behind "Show more". */
const ABSTRACT_COLLAPSE_CHARS = 280;

let nextId = 0;

/** The metadata writer, loaded on first use: most pages never need it. */
let metadataModule: typeof import('./metadata.js') | undefined;

/**
 * A paper's card: title linked to its landing page, authors, type, year,
 * venue, open access, counts, code and dataset links, institutions and
 * topics. Loads by `paper-id` and never renders blank: it shows a loading
 * skeleton, an error with Retry, a not-found notice, or the paper.
 *
 * With the `metadata` attribute, the card also writes the paper's JSON-LD
 * and `citation_*` meta tags into `document.head`.
 *
 * @summary The card of one scholarly paper.
 * @tag paper-card
 *
 * @fires {PaperExpandChangeEvent} paper-expand-change - The reader expanded or collapsed the abstract, authors or institutions.
 * @fires {PaperLoadErrorEvent} paper-load-error - The paper could not be loaded; the card shows its error state.
 * @csspart base - The card's box, in every state; `data-state` is loading, error, not-found, empty or ready.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart error-message - The readable error message.
 * @csspart retry-button - Loads the paper again after an error.
 * @csspart not-found - The state shown when the backend does not know the paper.
 * @csspart empty - The state shown when no paper id is given.
 * @csspart meta - The line with type, year, venue and open access.
 * @csspart type - The paper's type, e.g. "Preprint".
 * @csspart year - The publication year.
 * @csspart venue - Where the paper appeared.
 * @csspart open-access - The "Open access" badge, a link to the free full text.
 * @csspart title - The title heading.
 * @csspart title-link - The title's link to the landing page.
 * @csspart authors - The author line.
 * @csspart authors-toggle - The "et al." button that shows every author, and the button that hides them again.
 * @csspart abstract - The abstract text.
 * @csspart abstract-toggle - The "Show more" / "Show less" button.
 * @csspart counts - The list of counts.
 * @csspart count - Each count; also `citations`, `reviews` or `saves`.
 * @csspart links - The code and dataset line.
 * @csspart code - The "Code" link or the "No code" notice.
 * @csspart dataset - The "Dataset" link or the "No dataset" notice.
 * @csspart missing - "No code" and "No dataset".
 * @csspart institutions - The institutions section.
 * @csspart institutions-toggle - The "N institutions" button.
 * @csspart institutions-list - The list of institutions, when expanded.
 * @csspart topics - The list of topics.
 * @csspart topic - Each topic.
 * @cssproperty [--pf-card-min-height=12em] - Height reserved while loading, so the page does not jump.
 * @cssproperty [--pf-card-padding=1em 1.25em] - Space inside the card.
 * @cssproperty [--pf-card-title-size=1.2em] - Font size of the title.
 * @cssproperty [--pf-card-abstract-lines=3] - Lines of abstract shown before "Show more".
 * @cssproperty [--pf-color-background=#ffffff] - Card background.
 * @cssproperty [--pf-color-text=#1b1d22] - Text colour.
 * @cssproperty [--pf-color-muted=#5b6170] - Secondary text colour.
 * @cssproperty [--pf-color-accent=#1d4ed8] - Link and button colour.
 * @cssproperty [--pf-color-border=#d9dce3] - Border colour.
 * @cssproperty [--pf-color-success=#17703c] - Open access badge colour.
 * @cssproperty [--pf-color-danger=#b42318] - Error text colour.
 * @cssproperty [--pf-radius=0.5em] - Corner radius.
 * @cssproperty [--pf-font-family=inherit] - Font; inherits the host's by default.
 */
export class PaperCard extends PaperframeElement {
  static override styles = [tokens, shared, styles];

  private readonly paper = new StoreController<ResourceState<Paper>>(this);

  /** Level of the title heading, 1 to 6, to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * Also write the paper's metadata into `document.head`, where reference
   * managers and search engines look: a JSON-LD `ScholarlyArticle` and
   * `citation_*` meta tags. Removed when the card goes. Under a CSP that
   * lists `trusted-types`, allow `lit-html paperframe` for the JSON-LD.
   */
  @property({ type: Boolean }) metadata = false;

  @state() private expanded = new Set<ExpandableSection>();

  private readonly uid = `pf-card-${++nextId}`;
  private reportedError: ResourceState<Paper> | undefined;
  private paperStore: ResourceStore<Paper> | undefined;
  private metadataFor: string | undefined;

  protected override firstUpdated(): void {
    // Context from an enclosing <paper-frame> may arrive a little later.
    setTimeout(() => this.warnIfNoPaper(), 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const id = this.resolvedPaperId;
    this.paperStore = id ? this.session.paper(id) : undefined;
    this.paper.store = this.paperStore;

    if (changed.has('paperId')) this.expanded = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A card moved in the page gets no update, so its metadata comes back here.
    this.syncMetadata();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    metadataModule?.releaseMetadata(this);
    this.metadataFor = undefined;
  }

  protected override updated(): void {
    this.syncMetadata();

    const value = this.paper.value;
    if (value?.status !== 'error' || this.reportedError === value) return;

    this.reportedError = value;
    const { error } = value;
    this.dispatchEvent(
      new PaperLoadErrorEvent({
        paperId: this.resolvedPaperId,
        kind: isPaperframeError(error) ? error.kind : 'unknown',
        status: isPaperframeError(error) ? error.status : undefined,
        message: error.message,
      }),
    );
  }

  override render(): TemplateResult {
    const value = this.paper.value;
    if (!this.resolvedPaperId) return this.renderEmpty();

    switch (value?.status) {
      case 'ready':
        return this.renderPaper(value.data);
      case 'error':
        return this.renderError(value.error);
      case 'not-found':
        return this.renderNotFound(value.reason);
      default:
        return this.renderLoading();
    }
  }

  private renderLoading(): TemplateResult {
    return html`
      <div part="base" data-state="loading" aria-busy="true">
        <span class="visually-hidden" role="status">${msg().loading}</span>
        <div part="skeleton" aria-hidden="true">
          <div class="skeleton bar short"></div>
          <div class="skeleton bar title"></div>
          <div class="skeleton bar medium"></div>
          <div class="skeleton bar"></div>
          <div class="skeleton bar long"></div>
        </div>
      </div>
    `;
  }

  private renderError(error: Error): TemplateResult {
    return html`
      <div part="base" data-state="error">
        <div part="error" role="alert">
          <p class="heading">${msg().errorTitle}</p>
          <p part="error-message">${describeError(error)}</p>
          ${renderRetry(this.handleRetry)}
        </div>
      </div>
    `;
  }

  private renderNotFound(reason: NotFoundReason | undefined): TemplateResult {
    const { title, detail } = missingPaperText(
      reason,
      this.resolvedPaperId ?? '',
    );

    return html`
      <div part="base" data-state="not-found">
        <div part="not-found" role="status">
          <p class="heading">${title}</p>
          <p>${detail}</p>
        </div>
      </div>
    `;
  }

  private renderEmpty(): TemplateResult {
    return html`
      <div part="base" data-state="empty">
        <p part="empty" class="heading">${msg().noPaperId}</p>
      </div>
    `;
  }

  private renderPaper(paper: Paper): TemplateResult {
    const titleId = `${this.uid}-title`;

    return html`
      <article part="base" data-state="ready" aria-labelledby=${titleId}>
        ${this.renderMeta(paper)} ${this.renderTitle(paper, titleId)}
        ${this.renderAuthors(paper)} ${this.renderAbstract(paper)}
        ${this.renderCounts(paper)} ${this.renderLinks(paper)}
        ${this.renderInstitutions(paper)} ${this.renderTopics(paper)}
      </article>
    `;
  }

  private renderMeta(paper: Paper): TemplateResult {
    const oaUrl = safeUrl(paper.openAccess.url);
    const badge = oaUrl
      ? html`<a part="open-access" href=${oaUrl} title=${msg().openAccessLink}
          >${msg().openAccess}</a
        >`
      : html`<span part="open-access">${msg().openAccess}</span>`;

    return html`
      <p part="meta">
        ${
          paper.type
            ? html`<span part="type">${typeLabel(paper.type)}</span>`
            : nothing
        }
        ${
          paper.year !== null
            ? html`<span part="year">${paper.year}</span>`
            : nothing
        }
        ${
          paper.venue ? html`<span part="venue">${paper.venue}</span>` : nothing
        }
        ${paper.openAccess.isOa ? badge : nothing}
      </p>
    `;
  }

  private renderTitle(paper: Paper, id: string): TemplateResult {
    const href = safeUrl(paper.landingUrl);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));

    return html`
      <div part="title" id=${id} role="heading" aria-level=${level}>
        ${
          href
            ? html`<a part="title-link" href=${href}>${paper.title}</a>`
            : paper.title
        }
      </div>
    `;
  }

  private renderAuthors(paper: Paper): TemplateResult {
    const names = paper.authors.map((author) => author.name);
    if (names.length === 0) {
      return html`<p part="authors">${msg().noAuthors}</p>`;
    }

    const long = names.length > AUTHORS_SHOWN + 1;
    const open = this.expanded.has('authors');
    const listId = `${this.uid}-authors`;
    const shown = long && !open ? names.slice(0, AUTHORS_SHOWN) : names;

    return html`
      <p part="authors" id=${listId} aria-label=${msg().authors}>
        ${shown.join(', ')}
        ${
          long
            ? html`<button
              part="authors-toggle"
              class="link-button"
              type="button"
              aria-expanded=${open}
              aria-controls=${listId}
              @click=${() => this.handleToggle('authors')}
            >
              ${open ? msg().showFewerAuthors : msg().etAl}<span
                class="visually-hidden"
                >${open ? '' : ` (${msg().showAllAuthors(names.length)})`}</span
              >
            </button>`
            : nothing
        }
      </p>
    `;
  }

  private renderAbstract(paper: Paper): TemplateResult | typeof nothing {
    if (!paper.abstract) return nothing;

    const long = paper.abstract.length > ABSTRACT_COLLAPSE_CHARS;
    const open = this.expanded.has('abstract');
    const id = `${this.uid}-abstract`;

    return html`
      <p
        part="abstract"
        id=${id}
        aria-label=${msg().abstract}
        ?data-collapsed=${long && !open}
      >
        ${paper.abstract}
      </p>
      ${
        long
          ? html`<button
            part="abstract-toggle"
            class="link-button"
            type="button"
            aria-expanded=${open}
            aria-controls=${id}
            @click=${() => this.handleToggle('abstract')}
          >
            ${open ? msg().showLess : msg().showMore}
          </button>`
          : nothing
      }
    `;
  }

  private renderCounts(paper: Paper): TemplateResult {
    const { citations, reviews, saves } = paper.counts;

    return html`
      <ul part="counts">
        <li part="count citations">${msg().citations(citations)}</li>
        <li part="count reviews">${msg().reviews(reviews)}</li>
        <li part="count saves">${msg().saves(saves)}</li>
      </ul>
    `;
  }

  private renderLinks(paper: Paper): TemplateResult {
    const code = firstSafe(paper.codeLinks);
    const dataset = firstSafe(paper.datasetLinks);

    return html`
      <ul part="links">
        <li>
          ${
            code
              ? html`<a part="code" href=${code}>${msg().code}</a>`
              : html`<span part="code missing">${msg().noCode}</span>`
          }
        </li>
        <li>
          ${
            dataset
              ? html`<a part="dataset" href=${dataset}>${msg().dataset}</a>`
              : html`<span part="dataset missing">${msg().noDataset}</span>`
          }
        </li>
      </ul>
    `;
  }

  private renderInstitutions(paper: Paper): TemplateResult | typeof nothing {
    const count = paper.institutions.length;
    if (count === 0) return nothing;

    const open = this.expanded.has('institutions');
    const listId = `${this.uid}-institutions`;

    return html`
      <div part="institutions">
        <button
          part="institutions-toggle"
          class="link-button"
          type="button"
          aria-expanded=${open}
          aria-controls=${listId}
          @click=${() => this.handleToggle('institutions')}
        >
          ${msg().institutions(count)}
        </button>
        <ul part="institutions-list" id=${listId} ?hidden=${!open}>
          ${paper.institutions.map((inst) => html`<li>${inst.name}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderTopics(paper: Paper): TemplateResult | typeof nothing {
    if (paper.topics.length === 0) return nothing;

    return html`
      <ul part="topics" aria-label=${msg().topics}>
        ${paper.topics.map(
          (topic) => html`<li part="topic">${topic.name}</li>`,
        )}
      </ul>
    `;
  }

  private handleRetry(): void {
    void this.paperStore?.reload();
  }

  private handleToggle(section: ExpandableSection): void {
    const expanded = new Set(this.expanded);
    const open = !expanded.has(section);
    if (open) expanded.add(section);
    else expanded.delete(section);
    this.expanded = expanded;

    this.dispatchEvent(
      new PaperExpandChangeEvent({
        paperId: this.resolvedPaperId ?? '',
        section,
        expanded: open,
      }),
    );
  }

  private syncMetadata(): void {
    const value = this.paper.value;
    const paper =
      this.metadata && this.isConnected && value?.status === 'ready'
        ? value.data
        : undefined;
    if (paper?.id === this.metadataFor) return;

    if (this.metadataFor !== undefined) {
      metadataModule?.releaseMetadata(this, this.metadataFor);
    }
    this.metadataFor = paper?.id;
    if (!paper) return;

    void import('./metadata.js').then((module) => {
      metadataModule = module;
      // The card may have moved on while the module loaded.
      if (this.metadataFor === paper.id) module.writeMetadata(this, paper);
    });
  }

  private warnIfNoPaper(): void {
    if (!this.isConnected || this.resolvedPaperId) return;

    warnOnce(
      'missing-paper-id',
      `<${this.localName}> needs a \`paper-id\` attribute or a <paper-frame> ancestor that has one.`,
      this,
    );
  }
}

/** The label of a paper type, e.g. "Preprint" for `preprint`. */
function typeLabel(type: string): string {
  const known = msg().paperTypes[type.toLowerCase()];
  if (known) return known;
  const words = type.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Only http(s) links from the backend become hrefs. */
function safeUrl(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function firstSafe(urls: string[]): string | undefined {
  return urls.map(safeUrl).find(Boolean);
}
