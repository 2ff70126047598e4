import {
  type Graph,
  type GraphNode,
  type GraphSource,
  type GraphStore,
  graphStore,
  type NotFoundReason,
  paperGraph,
  type ResourceState,
} from '@paperframe/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { StoreController } from '../controllers/store-controller.js';
import { ResearchMapNodeExpandEvent } from '../events/research-map-node-expand.js';
import { ResearchMapNodeSelectEvent } from '../events/research-map-node-select.js';
import { PaperframeElement } from '../paperframe-element.js';
import { cssomStyle } from '../directives/cssom-style.js';
import { msg, provideEnglish } from '../i18n/index.js';
import { missingPaperText } from '../missing-paper.js';
import { shared, tokens } from '../styles/tokens.js';
import {
  connectionsById,
  EDGE_KINDS,
  findCentre,
  type GraphFilter,
  isVisible,
  NODE_KINDS,
  type NodeKind,
  type Point,
  yearSpan,
} from './graph-model.js';
import type { GraphView, MapTheme, PaperEncoding } from './graph-view-types.js';
import { renderConnections, renderList } from './list-view.js';
import { styles } from './research-map.styles.js';
import { readTheme, themeProbes } from './theme.js';
import { researchMapMessages } from './messages.js';

/** The map's strings in the language being rendered. */
const strings = () => msg().researchMap;

provideEnglish({ researchMap: researchMapMessages });

type GraphState = ResourceState<Graph>;

/** A slice a reader can take in at a glance: a few dozen nodes. */
const DEFAULT_LIMIT = 36;

/**
 * The paper's neighbourhood as a graph of papers, people, institutions and
 * topics: select a node for its details, expand it to fetch its own
 * neighbourhood, filter kinds through the legend, switch to a list view, or
 * open a full-window explorer with search and a year range. The graph
 * library loads only when the map comes near the viewport.
 *
 * @summary A research map of the papers, people, institutions and topics around a paper.
 * @fires {ResearchMapNodeSelectEvent} research-map-node-select - The reader selected a node; `detail` has its id, kind, label and paper id.
 * @fires {ResearchMapNodeExpandEvent} research-map-node-expand - A node's neighbourhood was fetched and merged into the map.
 * @csspart base - The frame around the whole map.
 * @csspart toolbar - The bar holding the legend and the view buttons.
 * @csspart legend - The legend, whose buttons switch node kinds on and off.
 * @csspart legend-item - Each kind button in the legend.
 * @csspart edge-legend - The key to the edge styles.
 * @csspart view-toggle - The button switching between map and list view.
 * @csspart explorer-button - The "Open full explorer" button.
 * @csspart notice - The note shown when the server cut the graph at its limit.
 * @csspart canvas - The container the graph is drawn in.
 * @csspart tooltip - The full label shown over a hovered node.
 * @csspart panel - The details of the selected node.
 * @csspart expand-button - The button expanding the selected node.
 * @csspart list - The list view.
 * @csspart dialog - The full explorer dialog.
 * @csspart search - The explorer's search box.
 * @csspart close-button - The explorer's close button.
 * @csspart retry-button - The error state's Retry button.
 * @csspart not-found - Says no paper has the id, or that the id is not valid.
 * @cssproperty [--pf-research-map-height=35em] - Height of the embedded map; the list view and the side panel scroll within it.
 * @cssproperty [--pf-research-map-paper=#2f5fd0] - Colour of paper nodes.
 * @cssproperty [--pf-research-map-person=#b45309] - Colour of person nodes and authored edges.
 * @cssproperty [--pf-research-map-institution=#0f766e] - Colour of institution nodes and affiliated edges.
 * @cssproperty [--pf-research-map-topic=#8b3fc4] - Colour of topic nodes and about edges.
 * @cssproperty [--pf-research-map-year-old=#c7d4f5] - Colour of the oldest papers when `paper-color="year"`.
 * @cssproperty [--pf-research-map-year-new=#1b3a8c] - Colour of the newest papers when `paper-color="year"`.
 * @cssproperty --pf-color-accent - Border of the centre paper.
 * @cssproperty --pf-font-family - Font of the labels, on the canvas too.
 * @slot empty - Replaces the text shown when the graph has no nodes.
 */
export class ResearchMap extends PaperframeElement {
  static override styles = [tokens, shared, styles];

  private readonly graphState = new StoreController<GraphState>(this);

  /** A graph to show instead of fetching one; set it as a property. */
  @property({ attribute: false }) graph?: Graph;

  /** Loads and expands the graph instead of the backend; set it as a property. */
  @property({ attribute: false }) source?: GraphSource;

  /** Node kinds to ask the backend for, comma-separated, e.g. `paper,topic`. */
  @property() kinds?: string;

  /**
   * Most neighbours to ask the backend for in the first slice; the explorer
   * can expand from there. A few dozen keeps the labels readable.
   */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** `citations` sizes paper nodes by citation count; `none` keeps them equal. */
  @property({ attribute: 'paper-size' }) paperSize: 'citations' | 'none' =
    'citations';

  /** `year` colours paper nodes from oldest to newest; `kind` keeps one colour. */
  @property({ attribute: 'paper-color' }) paperColor: 'kind' | 'year' = 'kind';

  /** Builds the link shown for a selected paper; return null for no link. */
  @property({ attribute: false }) paperHref: (
    paperId: string,
  ) => string | null = defaultPaperHref;

  /** Margin around the viewport at which the graph library starts loading. */
  @property({ attribute: 'load-margin' }) loadMargin = '300px';

  @state() private view: 'map' | 'list' = 'map';
  @state() private hiddenKinds: ReadonlySet<NodeKind> = new Set();
  @state() private selectedId: string | null = null;
  @state() private hover: { id: string; at: Point } | null = null;
  @state() private explorerOpen = false;
  @state() private searchText = '';
  @state() private yearFrom: number | null = null;
  @state() private yearTo: number | null = null;
  @state() private expanding: string | null = null;
  @state() private expandError: string | null = null;
  @state() private near = false;
  @state() private viewReady = false;

  @query('.canvas') private canvas?: HTMLElement;
  @query('.explorer-canvas') private explorerCanvas?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part~="explorer-button"]') private explorerButton?: HTMLElement;

  private graphView?: GraphView;
  private viewToken = 0;
  private drawnGraph?: Graph;
  private drawnFilter?: GraphFilter;
  private drawnSearch = '';
  private drawnSelection: string | null = null;
  private anchor: string | null = null;
  private mapTheme?: MapTheme;
  private observer?: IntersectionObserver;
  private darkQuery?: MediaQueryList;
  private storeKey = '';

  override connectedCallback(): void {
    super.connectedCallback();

    this.darkQuery = matchMedia('(prefers-color-scheme: dark)');
    this.darkQuery.addEventListener('change', this.handleSchemeChange);
    if (!this.near) this.watchViewport();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();

    this.observer?.disconnect();
    this.observer = undefined;
    this.darkQuery?.removeEventListener('change', this.handleSchemeChange);
    this.destroyView();
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.near) return;

    const key = this.sourceKey();
    if (
      key === this.storeKey &&
      !changed.has('graph') &&
      !changed.has('source')
    ) {
      return;
    }
    this.storeKey = key;
    this.graphState.store = this.createStore();
    this.selectedId = null;
    this.destroyView();
  }

  protected override updated(): void {
    const state = this.graphState.value;
    if (state?.status !== 'ready' || state.data.nodes.length === 0) return;

    if (!this.graphView) {
      void this.createView(state.data);
      return;
    }

    this.applyTheme();
    const graphChanged = this.drawnGraph !== state.data;
    if (graphChanged) {
      this.graphView.update(state.data, this.anchor);
      this.drawnGraph = state.data;
    }

    // Restyling a thousand nodes costs a frame, so only what changed is sent.
    const filter = this.filter();
    const shownKey = graphChanged || changedFilter(filter, this.drawnFilter);
    if (shownKey) {
      this.graphView.show(this.visibleIds(state.data));
      this.drawnFilter = filter;
    }
    const search = this.explorerOpen ? this.searchText.trim() : '';
    if (graphChanged || search !== this.drawnSearch) {
      this.graphView.highlight(this.searchMatches(state.data));
      this.drawnSearch = search;
    }
    if (graphChanged || this.selectedId !== this.drawnSelection) {
      this.graphView.select(this.selectedId);
      this.drawnSelection = this.selectedId;
    }
  }

  protected override render() {
    const state = this.graphState.value;
    const graph = state?.status === 'ready' ? state.data : null;

    return html`
      ${themeProbes()}
      <div part="base" class="base">
        ${graph && graph.nodes.length > 0 ? this.renderToolbar(graph) : nothing}
        ${graph?.truncated ? this.renderNotice(graph) : nothing}
        ${this.renderBody(state, graph)}
      </div>
      ${graph ? this.renderExplorer(graph) : nothing}
    `;
  }

  private renderNotice(graph: Graph) {
    const shown = graph.nodes.length - 1;
    const total = (graph.total ?? 0) - 1;
    const text =
      total > shown
        ? strings().truncatedCount(shown, total)
        : strings().truncated;
    return html`<p part="notice" class="notice" role="status">${text}</p>`;
  }

  private renderBody(state: GraphState | undefined, graph: Graph | null) {
    if (!state || state.status === 'loading') return this.renderLoading();
    if (state.status === 'error') return this.renderError();
    if (state.status === 'not-found') return this.renderNotFound(state.reason);
    if (!graph || graph.nodes.length === 0) return this.renderEmpty();

    const inline = !this.explorerOpen;
    return html`
      <div class="body">
        <div class="stage">
          <div
            part="canvas"
            class="canvas"
            tabindex="0"
            role="group"
            aria-label=${strings().canvasLabel(graph.nodes.length)}
            ?hidden=${this.view !== 'map'}
            @focusin=${() => this.graphView?.setWheelZoom(true)}
            @focusout=${() => this.graphView?.setWheelZoom(false)}
          ></div>
          ${this.view === 'map' && !this.viewReady ? this.renderBuilding() : nothing}
          ${this.view === 'map' && inline ? this.renderTooltip(graph) : nothing}
          ${this.view === 'list' ? this.renderListView(graph) : nothing}
        </div>
        ${inline ? this.renderPanel(graph) : nothing}
      </div>
    `;
  }

  private renderLoading() {
    return html`<div class="state" aria-busy="true">${this.renderBuilding()}</div>`;
  }

  private renderBuilding() {
    return html`<div class="overlay" role="status">${strings().building}</div>`;
  }

  private renderEmpty() {
    return html`<div class="state">
      <div class="overlay"><slot name="empty">${strings().empty}</slot></div>
    </div>`;
  }

  private renderNotFound(reason: NotFoundReason | undefined) {
    const { title, detail } = missingPaperText(
      reason,
      this.resolvedPaperId ?? '',
    );

    return html`<div class="state" data-state="not-found">
      <div part="not-found" class="overlay" role="status">
        <strong>${title}</strong>
        <span>${detail}</span>
      </div>
    </div>`;
  }

  private renderError() {
    return html`<div class="state">
      <div class="overlay" role="alert">
        <span>${strings().error}</span>
        <span>
          <button
            part="retry-button"
            class="button"
            @click=${this.handleRetry}
          >
            ${msg().retry}
          </button>
        </span>
      </div>
    </div>`;
  }

  private renderToolbar(graph: Graph) {
    const present = new Set(graph.nodes.map((node) => node.kind));

    return html`
      <div part="toolbar" class="toolbar">
        ${this.renderLegend(present)}
        <div class="actions">
          <button
            part="view-toggle"
            class="button"
            aria-pressed=${this.view === 'list'}
            @click=${this.handleViewToggle}
          >
            ${strings().listView}
          </button>
          <button
            part="explorer-button"
            class="button"
            aria-haspopup="dialog"
            @click=${this.handleOpenExplorer}
          >
            ${strings().openExplorer}
          </button>
        </div>
      </div>
      <ul part="edge-legend" class="edge-legend" aria-label=${strings().edgesLegend}>
        ${EDGE_KINDS.map(
          (kind) =>
            html`<li><span class="line ${kind}"></span>${strings().edgeKinds[kind]}</li>`,
        )}
      </ul>
    `;
  }

  private renderLegend(present: ReadonlySet<string>) {
    return html`<div part="legend" class="legend" role="group" aria-label=${strings().legend}>
      ${NODE_KINDS.filter((kind) => present.has(kind)).map(
        (kind) => html`<button
          part="legend-item"
          class="legend-item"
          data-kind=${kind}
          aria-pressed=${!this.hiddenKinds.has(kind)}
          @click=${() => this.handleKindToggle(kind)}
        >
          <span class="swatch ${kind}" aria-hidden="true"></span>${strings().kinds[kind]}
        </button>`,
      )}
    </div>`;
  }

  private renderTooltip(graph: Graph) {
    const hover = this.hover;
    const node = hover && graph.nodes.find((each) => each.id === hover.id);
    if (!hover || !node) return nothing;

    return html`<div
      part="tooltip"
      class="tooltip"
      role="tooltip"
      ${cssomStyle({ left: `${hover.at.x}px`, top: `${hover.at.y}px` })}
    >
      ${node.label}
    </div>`;
  }

  private renderListView(graph: Graph) {
    return renderList({
      graph,
      filter: this.filter(),
      connections: connectionsById(graph),
      selectedId: this.selectedId,
      onSelect: (id) => this.selectNode(id),
    });
  }

  private renderPanel(graph: Graph) {
    const node = graph.nodes.find((each) => each.id === this.selectedId);
    if (!node) {
      return html`<aside part="panel" class="panel" aria-label=${strings().label}>
        <p>${strings().selectHint}</p>
      </aside>`;
    }

    const connections = connectionsById(graph).get(node.id) ?? [];
    const store = this.graphState.store as GraphStore | undefined;
    const paperId = paperIdOf(node);
    const href = paperId ? this.paperHref(paperId) : null;

    return html`<aside part="panel" class="panel" aria-label=${node.label}>
      <span class="kind-label">${strings().kind[node.kind]}</span>
      <h3>${node.label}</h3>
      ${node.year ? html`<div>${strings().year(node.year)}</div>` : nothing}
      <div class="panel-actions">
        ${
          href
            ? html`<a href=${href} target="_blank" rel="noopener">${strings().open}</a>`
            : nothing
        }
        ${store?.canExpand ? this.renderExpandButton(node, store) : nothing}
      </div>
      ${this.expandError ? html`<p role="alert">${this.expandError}</p>` : nothing}
      ${renderConnections(connections, (id) => this.selectNode(id))}
    </aside>`;
  }

  private renderExpandButton(node: GraphNode, store: GraphStore) {
    const done = store.expanded.has(node.id);
    const busy = this.expanding === node.id;

    return html`<button
      part="expand-button"
      class="button"
      ?disabled=${done || busy}
      @click=${() => this.expandNode(node.id)}
    >
      ${busy ? strings().expanding : done ? strings().expanded : strings().expand}
    </button>`;
  }

  private renderExplorer(graph: Graph) {
    const span = yearSpan(graph);
    const matches = this.searchMatches(graph);

    return html`<dialog
      part="dialog"
      aria-labelledby="explorer-title"
      @close=${this.handleExplorerClosed}
    >
      <div class="explorer-bar">
        <h2 id="explorer-title">${strings().explorerTitle}</h2>
        <label>
          ${strings().search}
          <input
            part="search"
            type="search"
            .value=${this.searchText}
            @input=${this.handleSearch}
            @keydown=${this.handleSearchKey}
          />
        </label>
        ${span ? this.renderYearInputs(span) : nothing}
        ${this.explorerOpen ? this.renderLegend(new Set(graph.nodes.map((n) => n.kind))) : nothing}
        <span class="matches" role="status">
          ${matches ? strings().matches(matches.size) : strings().nodes(graph.nodes.length)}
        </span>
        <button
          part="close-button"
          class="button"
          @click=${() => this.dialog?.close()}
        >
          ${strings().closeExplorer}
        </button>
      </div>
      <div class="explorer-body">
        <div class="stage">
          <div class="explorer-canvas" part="canvas explorer-canvas"></div>
          ${this.explorerOpen ? this.renderTooltip(graph) : nothing}
        </div>
        ${this.explorerOpen ? this.renderPanel(graph) : nothing}
      </div>
    </dialog>`;
  }

  private renderYearInputs(span: { min: number; max: number }) {
    return html`
      <label>
        ${strings().yearFrom}
        <input
          type="number"
          name="year-from"
          min=${span.min}
          max=${span.max}
          placeholder=${span.min}
          .value=${this.yearFrom?.toString() ?? ''}
          @change=${(event: Event) => {
            this.yearFrom = readYear(event);
          }}
        />
      </label>
      <label>
        ${strings().yearTo}
        <input
          type="number"
          name="year-to"
          min=${span.min}
          max=${span.max}
          placeholder=${span.max}
          .value=${this.yearTo?.toString() ?? ''}
          @change=${(event: Event) => {
            this.yearTo = readYear(event);
          }}
        />
      </label>
    `;
  }

  private watchViewport(): void {
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;

        this.near = true;
        this.observer?.disconnect();
        this.observer = undefined;
      },
      { rootMargin: this.loadMargin },
    );
    this.observer.observe(this);
  }

  private sourceKey(): string {
    if (this.source || this.graph) return 'given';
    return [
      this.resolvedApi,
      this.resolvedPaperId,
      this.kinds,
      this.limit,
    ].join('|');
  }

  private createStore(): GraphStore | undefined {
    if (this.source) return graphStore(this.source);

    const given = this.graph;
    if (given) return graphStore({ load: async () => given });

    const paperId = this.resolvedPaperId;
    if (!paperId) return undefined;

    const session = this.session;
    const kinds = this.kinds
      ?.split(',')
      .map((kind) => kind.trim())
      .filter(Boolean);
    const options = { kinds, limit: this.limit };
    return session.store('graph', this.sourceKey(), () =>
      paperGraph(session.client, paperId, options),
    );
  }

  private async createView(graph: Graph): Promise<void> {
    const token = ++this.viewToken;
    const { createGraphView } = await import('./graph-view.js');
    const container = this.explorerOpen ? this.explorerCanvas : this.canvas;
    if (token !== this.viewToken || !this.isConnected || !container) return;

    this.mapTheme = readTheme(this.renderRoot as ShadowRoot, this) ?? undefined;
    if (!this.mapTheme) return;

    this.graphView = createGraphView(container, {
      graph,
      centreId: findCentre(graph, this.resolvedPaperId),
      theme: this.mapTheme,
      encoding: this.encoding(),
      onSelect: (id) => this.selectNode(id),
      onExpand: (id) => void this.expandNode(id),
      onHover: (id, at) => {
        this.hover = id && at ? { id, at } : null;
      },
    });
    this.drawnGraph = graph;
    this.drawnFilter = undefined;
    this.drawnSearch = '';
    this.drawnSelection = null;
    this.appliedEncoding = this.encoding();
    if (this.explorerOpen) {
      this.graphView.setWheelZoom(true);
      this.graphView.showAllLabels(true);
    }
    await this.graphView.rendered();
    if (token === this.viewToken) this.viewReady = true;
  }

  private destroyView(): void {
    this.viewToken += 1;
    this.graphView?.destroy();
    this.graphView = undefined;
    this.drawnGraph = undefined;
    this.viewReady = false;
    this.hover = null;
  }

  private applyTheme(): void {
    const next = readTheme(this.renderRoot as ShadowRoot, this);
    if (!next || !this.graphView) return;

    const encoding = this.encoding();
    const signature = JSON.stringify([next, encoding]);
    if (signature === JSON.stringify([this.mapTheme, this.appliedEncoding]))
      return;

    this.mapTheme = next;
    this.appliedEncoding = encoding;
    this.graphView.setTheme(next, encoding);
  }

  private appliedEncoding?: PaperEncoding;

  private encoding(): PaperEncoding {
    return { size: this.paperSize, color: this.paperColor };
  }

  private filter(): GraphFilter {
    const years = this.explorerOpen
      ? { from: this.yearFrom, to: this.yearTo }
      : undefined;
    return { hiddenKinds: this.hiddenKinds, years };
  }

  private visibleIds(graph: Graph): Set<string> {
    const filter = this.filter();
    return new Set(
      graph.nodes
        .filter((node) => isVisible(node, filter))
        .map((node) => node.id),
    );
  }

  private searchMatches(graph: Graph): Set<string> | null {
    const text = this.explorerOpen ? this.searchText.trim().toLowerCase() : '';
    if (!text) return null;

    return new Set(
      graph.nodes
        .filter((node) => node.label.toLowerCase().includes(text))
        .map((node) => node.id),
    );
  }

  private selectNode(id: string | null): void {
    this.selectedId = id;
    this.expandError = null;
    if (!id) return;

    const state = this.graphState.value;
    const node =
      state?.status === 'ready'
        ? state.data.nodes.find((each) => each.id === id)
        : undefined;
    if (!node) return;

    this.graphView?.reveal(id);
    this.dispatchEvent(
      new ResearchMapNodeSelectEvent({
        nodeId: node.id,
        kind: node.kind,
        label: node.label,
        paperId: paperIdOf(node),
      }),
    );
  }

  private async expandNode(id: string): Promise<void> {
    const store = this.graphState.store as GraphStore | undefined;
    if (!store?.canExpand || store.expanded.has(id) || this.expanding) return;

    this.selectedId = id;
    this.expanding = id;
    this.expandError = null;
    this.anchor = id;
    try {
      const added = await store.expand(id);
      this.dispatchEvent(new ResearchMapNodeExpandEvent({ nodeId: id, added }));
    } catch {
      this.expandError = strings().expandFailed;
    } finally {
      this.expanding = null;
      await this.updateComplete;
      this.anchor = null;
    }
  }

  private readonly handleSchemeChange = (): void => {
    this.requestUpdate();
  };

  private handleRetry(): void {
    const store = this.graphState.store as GraphStore | undefined;
    void store?.reload();
  }

  private handleKindToggle(kind: NodeKind): void {
    const next = new Set(this.hiddenKinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this.hiddenKinds = next;
  }

  private handleViewToggle(): void {
    this.view = this.view === 'map' ? 'list' : 'map';
    this.hover = null;
    if (this.view === 'map') {
      void this.updateComplete.then(() => this.graphView?.fit());
    }
  }

  private async handleOpenExplorer(): Promise<void> {
    this.explorerOpen = true;
    this.hover = null;
    await this.updateComplete;

    this.dialog?.showModal();
    if (this.graphView && this.explorerCanvas) {
      this.graphView.showAllLabels(true);
      this.graphView.mount(this.explorerCanvas);
      this.graphView.setWheelZoom(true);
    }
  }

  private handleExplorerClosed(): void {
    this.explorerOpen = false;
    this.searchText = '';
    this.yearFrom = null;
    this.yearTo = null;
    this.hover = null;

    void this.updateComplete.then(() => {
      if (this.graphView && this.canvas) {
        this.graphView.showAllLabels(false);
        this.graphView.mount(this.canvas);
        this.graphView.setWheelZoom(false);
      }
      this.explorerButton?.focus();
    });
  }

  private handleSearch(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value;
  }

  private handleSearchKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;

    const state = this.graphState.value;
    if (state?.status !== 'ready') return;
    const matches = this.searchMatches(state.data);
    const first = matches?.values().next().value;
    if (first) this.selectNode(first);
  }
}

function changedFilter(next: GraphFilter, drawn?: GraphFilter): boolean {
  if (!drawn) return true;
  return (
    next.hiddenKinds !== drawn.hiddenKinds ||
    next.years?.from !== drawn.years?.from ||
    next.years?.to !== drawn.years?.to
  );
}

function paperIdOf(node: GraphNode): string | null {
  if (node.kind !== 'paper') return null;
  return node.id.startsWith('paper:') ? node.id.slice(6) : node.id;
}

function readYear(event: Event): number | null {
  const value = (event.target as HTMLInputElement).valueAsNumber;
  return Number.isFinite(value) ? value : null;
}

/**
 * Links a paper to its public landing page by the scheme of its id.
 *
 * @param paperId - A scheme-prefixed id such as `arxiv:2204.05862`.
 * @return A DOI, arXiv or OpenAlex URL, or null for other schemes.
 */
export function defaultPaperHref(paperId: string): string | null {
  const colon = paperId.indexOf(':');
  const scheme = paperId.slice(0, colon).toLowerCase();
  const value = encodeURI(paperId.slice(colon + 1));
  if (scheme === 'doi') return `https://doi.org/${value}`;
  if (scheme === 'arxiv') return `https://arxiv.org/abs/${value}`;
  if (scheme === 'openalex') return `https://openalex.org/${value}`;
  return null;
}
