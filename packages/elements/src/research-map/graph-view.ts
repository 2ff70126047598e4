import type { Graph, GraphNode } from '@paperframe/core';
import cytoscape, {
  type Core,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';
import { type Point, truncateLabel, yearSpan } from './graph-model.js';
import type {
  GraphView,
  GraphViewOptions,
  MapTheme,
  PaperEncoding,
} from './graph-view-types.js';
import { concentricLayout, fanPositions, type Placement } from './layout.js';

/**
 * The cytoscape side of `<research-map>`. This module is only ever loaded
 * with a dynamic `import()`, when a map comes near the viewport, so pages
 * without a visible map never download the graph library.
 */

let live = 0;

/**
 * How many graph views exist and are not destroyed, on this page.
 *
 * @internal
 * @return The count.
 */
export function liveGraphViews(): number {
  return live;
}

/** Above this many nodes, edges are drawn the cheap way. */
const LARGE = 400;

/** The most a fit zooms in, so a small graph does not turn into blobs. */
const MAX_FIT_ZOOM = 1.4;

/** Characters kept of a node's label on the canvas; the tooltip has all. */
const LABEL_LENGTH = 22;

const SHAPES = {
  paper: 'round-rectangle',
  person: 'ellipse',
  institution: 'hexagon',
  topic: 'diamond',
} as const;

const LINES = {
  cites: 'solid',
  related: 'dashed',
  authored: 'solid',
  affiliated: 'dotted',
  about: 'dashed',
} as const;

/**
 * Draws a graph in a container.
 *
 * @param container - The element to draw in; may be hidden or zero-sized.
 * @param options - Graph, centre, theme and callbacks.
 * @return The view.
 */
export function createGraphView(
  container: HTMLElement,
  options: GraphViewOptions,
): GraphView {
  let theme = options.theme;
  let encoding = options.encoding;
  let graph = options.graph;
  let current = container;
  let fitted = false;
  let allLabels = false;
  const saved = new WeakMap<HTMLElement, { zoom: number; pan: Point }>();
  const positions = concentricLayout(graph, options.centreId, (node) =>
    nodeSize(node, encoding, node.id === options.centreId),
  );

  claimCytoscapeStylesheet(container.ownerDocument);
  positionContainer(container);
  const cy = cytoscape({
    container,
    elements: toElements(graph, options.centreId, positions, theme, encoding),
    style: stylesheet(theme, graph.nodes.length > LARGE),
    layout: { name: 'preset', fit: false },
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    selectionType: 'single',
    autoungrabify: false,
    minZoom: 0.05,
    maxZoom: 4,
    textureOnViewport: graph.nodes.length > LARGE,
    hideEdgesOnViewport: graph.nodes.length > LARGE,
    pixelRatio: 'auto',
  });
  live += 1;

  cy.on('tap', 'node', (event) => options.onSelect(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) options.onSelect(null);
  });
  cy.on('dbltap', 'node', (event) => options.onExpand(event.target.id()));
  cy.on('mouseover', 'node', (event) => {
    const at = event.target.renderedPosition();
    options.onHover(event.target.id(), { x: at.x, y: at.y });
  });
  cy.on('mouseout', 'node', () => options.onHover(null, null));
  cy.on('viewport', () => options.onHover(null, null));

  // cytoscape caches where its container sits and clears the cache on
  // scrolls of the container's ancestors, but that walk stops at the shadow
  // root; a scroll anywhere else must clear it too.
  const invalidate = () => renderer(cy)?.invalidateContainerClientCoordsCache();
  document.addEventListener('scroll', invalidate, {
    capture: true,
    passive: true,
  });

  let size = { width: 0, height: 0 };
  const resizer = new ResizeObserver(() => {
    const width = current.clientWidth;
    const height = current.clientHeight;
    const wasEmpty = size.width === 0 || size.height === 0;
    size = { width, height };
    if (width === 0 || height === 0) return;

    cy.resize();
    if (wasEmpty && !fitted) fit();
  });
  resizer.observe(container);

  function fit(): void {
    if (current.clientWidth === 0 || current.clientHeight === 0) return;

    const nodes = cy.nodes(':visible');
    if (nodes.empty()) return;

    // Fit what the reader sees: every node and every label left drawn.
    // Measuring a thousand labels costs more than the drawing; at the zoom
    // that fits that many nodes, labels are too small to show anyway.
    const large = nodes.length > LARGE;
    const bare = nodes.boundingBox({ includeLabels: false });
    const padding = 12;
    const zoomFor = (box: Box) =>
      Math.min(
        MAX_FIT_ZOOM,
        (cy.width() - 2 * padding) / Math.max(1, box.x2 - box.x1),
        (cy.height() - 2 * padding) / Math.max(1, box.y2 - box.y1),
      );
    const box = large
      ? bare
      : union(nodes.boundingBox({ includeLabels: true }), bare);
    // When the whole graph would need labels too small to read, the embedded
    // map keeps them readable and lets the graph run past the edges, centred,
    // where a drag brings the rest in; the explorer shows the whole graph.
    let zoom = zoomFor(box);
    if (zoom * FONT < READABLE_FONT) {
      zoom = allLabels || large ? zoomFor(bare) : READABLE_FONT / FONT;
    }

    const level = Math.max(cy.minZoom(), zoom);
    cy.viewport({
      zoom: level,
      pan: {
        x: (cy.width() - level * (box.x1 + box.x2)) / 2,
        y: (cy.height() - level * (box.y1 + box.y2)) / 2,
      },
    });
    fitted = true;
  }

  /**
   * Leaves out the labels that would overlap a label drawn before them or
   * another node, in order of importance: the centre, papers, people,
   * topics, institutions. Label and node sizes scale together with the
   * zoom, so what fits at one zoom fits at every zoom. The explorer, where
   * readers zoom in to read, draws every label.
   */
  function placeLabels(): void {
    cy.batch(() => cy.nodes('.unlabelled').removeClass('unlabelled'));
    const nodes = cy.nodes(':visible');
    if (allLabels || cy.nodes().length > LARGE) return;

    const bodies = nodes.map((node) => ({
      id: node.id(),
      box: node.boundingBox({ includeLabels: false }),
    }));
    const drawn: Box[] = [];
    const left: cytoscape.NodeSingular[] = [];
    const ranked = nodes.sort(
      (a, b) =>
        labelRank(a) - labelRank(b) ||
        (b.data('size') as number) - (a.data('size') as number),
    );
    ranked.forEach((node) => {
      const box = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      });
      if (!(box.x2 > box.x1)) return;
      const clash =
        drawn.some((other) => overlaps(box, other)) ||
        bodies.some((body) => body.id !== node.id() && overlaps(box, body.box));
      if (clash && !node.hasClass('centre')) {
        left.push(node);
        return;
      }
      drawn.push(box);
    });
    cy.batch(() => {
      for (const node of left) node.addClass('unlabelled');
    });
  }

  placeLabels();

  function inspect(nodeId: string) {
    const node = cy.getElementById(nodeId);
    if (node.empty()) return null;

    // cytoscape skips a label whose drawn font is under its minimum.
    const font = Number.parseFloat(node.style('font-size')) * cy.zoom();
    const least = Number.parseFloat(node.style('min-zoomed-font-size'));
    const text = String(node.style('label') ?? '');
    const shown = node.visible() && text !== '' && !(font < least);
    return {
      label: shown ? text : null,
      fontSize: font,
      size: node.renderedWidth(),
    };
  }

  function centre(): Point {
    const node = options.centreId ? cy.getElementById(options.centreId) : null;
    return node?.nonempty() ? node.position() : { x: 0, y: 0 };
  }

  return {
    update(next, anchor) {
      graph = next;
      const known = new Set(cy.nodes().map((node) => node.id()));
      const fresh = next.nodes.filter((node) => !known.has(node.id));
      const anchorNode = anchor ? cy.getElementById(anchor) : null;
      const placed = anchorNode?.nonempty()
        ? fanPositions(
            fresh.map((node) => node.id),
            anchorNode.position(),
            centre(),
          )
        : concentricLayout(next, options.centreId);

      const adding = toElements(
        { ...next, nodes: fresh },
        options.centreId,
        placed,
        theme,
        encoding,
        next,
      ).filter((element) => {
        const id = element.data.id;
        return id !== undefined && cy.getElementById(id).empty();
      });
      if (adding.length === 0) return;

      const wasLarge = cy.nodes().length > LARGE;
      cy.batch(() => cy.add(adding));
      if (!wasLarge && cy.nodes().length > LARGE) {
        cy.style(stylesheet(theme, true));
      }
      refreshData(cy, next, theme, encoding, options.centreId);
      placeLabels();

      const added = cy.collection();
      for (const node of fresh) added.merge(cy.getElementById(node.id));
      if (added.nonempty() && !isInView(cy, added)) {
        cy.animate({
          fit: {
            eles: added.union(anchorNode ?? cy.collection()),
            padding: 40,
          },
          duration: 250,
        });
      }
    },

    show(visible) {
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const hide = !visible.has(node.id());
          if (node.hasClass('hidden') !== hide)
            node.toggleClass('hidden', hide);
        });
      });
      placeLabels();
    },

    highlight(ids) {
      const faded = (id: string) => ids !== null && !ids.has(id);
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const dim = faded(node.id());
          if (node.hasClass('dim') !== dim) node.toggleClass('dim', dim);
        });
        // An edge fades with its ends; one still touching a match stays.
        cy.edges().forEach((edge) => {
          const dim =
            faded(edge.data('source') as string) &&
            faded(edge.data('target') as string);
          if (edge.hasClass('dim') !== dim) edge.toggleClass('dim', dim);
        });
      });
    },

    select(nodeId) {
      cy.batch(() => {
        cy.elements().unselect();
        cy.edges().removeClass('near');
        if (!nodeId) return;

        const node = cy.getElementById(nodeId);
        node.select();
        node.connectedEdges().addClass('near');
      });
    },

    reveal(nodeId) {
      const node = cy.getElementById(nodeId);
      if (node.empty()) return;
      if (!isInView(cy, node))
        cy.animate({ center: { eles: node }, duration: 200 });
    },

    setTheme(nextTheme, nextEncoding) {
      theme = nextTheme;
      encoding = nextEncoding;
      cy.style(stylesheet(theme, cy.nodes().length > LARGE));
      refreshData(cy, graph, theme, encoding, options.centreId);
      placeLabels();
    },

    showAllLabels(all) {
      if (all === allLabels) return;
      allLabels = all;
      placeLabels();
    },

    setWheelZoom(enabled) {
      cy.userZoomingEnabled(enabled);
    },

    mount(next) {
      if (next === current) return;

      saved.set(current, { zoom: cy.zoom(), pan: { ...cy.pan() } });
      resizer.unobserve(current);
      cy.unmount();
      positionContainer(next);
      cy.mount(next);
      current = next;
      size = { width: next.clientWidth, height: next.clientHeight };
      resizer.observe(next);
      // mount() puts back the stylesheet given at creation.
      cy.style(stylesheet(theme, cy.nodes().length > LARGE));
      cy.resize();

      const view = saved.get(next);
      if (view) cy.viewport({ zoom: view.zoom, pan: view.pan });
      else {
        fitted = false;
        fit();
      }
    },

    fit,

    rendered() {
      return new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      });
    },

    renderedPosition(nodeId) {
      const node = cy.getElementById(nodeId);
      if (node.empty()) return null;
      const at = node.renderedPosition();
      return { x: at.x, y: at.y };
    },

    inspect,

    edgeOpacity(edgeId) {
      const edge = cy.getElementById(`edge:${edgeId}`);
      return edge.empty() ? null : Number(edge.style('opacity'));
    },

    labelBoxes() {
      const boxes: (Box & { id: string })[] = [];
      cy.nodes(':visible').forEach((node) => {
        if (!inspect(node.id())?.label) return;
        const box = node.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        });
        boxes.push({ id: node.id(), ...box });
      });
      return boxes;
    },

    destroy() {
      if (cy.destroyed()) return;

      resizer.disconnect();
      document.removeEventListener('scroll', invalidate, { capture: true });
      cy.destroy();
      live -= 1;
    },
  };
}

/**
 * cytoscape adds a `<style>` element to the page's head unless an element
 * with its id exists. A strict CSP (`style-src 'self'`) refuses that style
 * and reports a violation, and its one rule could not reach a container
 * inside our shadow root anyway (our own styles position the container).
 * An inert placeholder with that id keeps cytoscape from trying.
 */
function claimCytoscapeStylesheet(doc: Document): void {
  const id = '__________cytoscape_stylesheet';
  if (doc.getElementById(id)) return;

  const placeholder = doc.createElement('meta');
  placeholder.id = id;
  doc.head.append(placeholder);
}

/**
 * cytoscape's overlays need a positioned container; the rule it would have
 * added to the page cannot reach into a shadow root, so the container gets
 * it here when its own styles did not.
 */
function positionContainer(container: HTMLElement): void {
  const view = container.ownerDocument.defaultView;
  if (view?.getComputedStyle(container).position === 'static') {
    container.style.position = 'relative';
  }
}

export default createGraphView;

interface Renderer {
  invalidateContainerClientCoordsCache(): void;
}

function renderer(cy: Core): Renderer | undefined {
  // Not in the typings, but part of the canvas renderer since cytoscape 3.0.
  const withRenderer = cy as unknown as { renderer?: () => Renderer };
  return withRenderer.renderer?.();
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function union(a: Box, b: Box): Box {
  const finite = (box: Box) => Number.isFinite(box.x1) && box.x2 >= box.x1;
  if (!finite(a)) return b;
  if (!finite(b)) return a;
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}

function isInView(cy: Core, eles: cytoscape.CollectionReturnValue): boolean {
  const box = eles.renderedBoundingBox();
  return (
    box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height()
  );
}

function nodeSize(
  node: GraphNode,
  encoding: PaperEncoding,
  centre: boolean,
): number {
  if (centre) return 40;
  if (node.kind !== 'paper') return node.kind === 'topic' ? 20 : 18;
  if (encoding.size !== 'citations' || !node.weight) return 18;
  return Math.min(30, 16 + 3.5 * Math.log10(1 + node.weight));
}

function nodeColor(
  node: GraphNode,
  theme: MapTheme,
  encoding: PaperEncoding,
  span: { min: number; max: number } | null,
): string {
  if (node.kind !== 'paper' || encoding.color !== 'year') {
    return theme.kinds[node.kind];
  }
  if (node.year == null || !span) return theme.kinds.paper;

  const share =
    span.max === span.min ? 1 : (node.year - span.min) / (span.max - span.min);
  return mix(theme.years[0], theme.years[1], share);
}

function toElements(
  part: Graph,
  centreId: string | null,
  positions: Map<string, Point | Placement>,
  theme: MapTheme,
  encoding: PaperEncoding,
  whole: Graph = part,
): ElementDefinition[] {
  const span = yearSpan(whole);
  const nodeIds = new Set(whole.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = part.nodes.map((node) => {
    const centre = node.id === centreId;
    const at = positions.get(node.id);
    const side = at && 'label' in at ? at.label : 'below';
    return {
      group: 'nodes',
      data: {
        id: node.id,
        kind: node.kind,
        label: truncateLabel(node.label, centre ? 64 : LABEL_LENGTH),
        size: nodeSize(node, encoding, centre),
        color: nodeColor(node, theme, encoding, span),
      },
      classes: centre ? 'centre' : `label-${side}`,
      position: { x: at?.x ?? 0, y: at?.y ?? 0 },
    };
  });
  const edges: ElementDefinition[] = whole.edges
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))
    .map((edge) => ({
      group: 'edges',
      data: {
        id: `edge:${edge.id}`,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        color: theme.edges[edge.kind],
      },
    }));
  return [...nodes, ...edges];
}

function refreshData(
  cy: Core,
  graph: Graph,
  theme: MapTheme,
  encoding: PaperEncoding,
  centreId: string | null,
): void {
  const span = yearSpan(graph);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));

  cy.batch(() => {
    cy.nodes().forEach((element) => {
      const node = byId.get(element.id());
      if (!node) return;
      element.data({
        size: nodeSize(node, encoding, node.id === centreId),
        color: nodeColor(node, theme, encoding, span),
      });
    });
    cy.edges().forEach((edge) => {
      edge.data(
        'color',
        theme.edges[edge.data('kind') as keyof MapTheme['edges']],
      );
    });
  });
}

/** Where each label sits, as placed by the layout: away from the centre. */
const LABEL_SIDES = {
  right: {
    'text-halign': 'right',
    'text-valign': 'center',
    'text-margin-x': 5,
  },
  left: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -5 },
  above: { 'text-halign': 'center', 'text-valign': 'top', 'text-margin-y': -4 },
  below: {
    'text-halign': 'center',
    'text-valign': 'bottom',
    'text-margin-y': 4,
  },
} as const;

/** Font size of labels, in graph units. */
const FONT = 12;

/** The smallest label, in pixels, that the embedded map fits the graph to. */
const READABLE_FONT = 11;

/** Labels drawn smaller than this many pixels, zoomed out, are left out. */
const LEAST_FONT = 7;

/** Which labels win a place first: lower ranks first. */
const LABEL_RANKS: Record<string, number> = {
  paper: 1,
  person: 2,
  topic: 3,
  institution: 4,
};

function labelRank(node: cytoscape.NodeSingular): number {
  if (node.hasClass('centre')) return 0;
  return LABEL_RANKS[node.data('kind') as string] ?? 5;
}

function stylesheet(theme: MapTheme, large: boolean): StylesheetJson {
  const kindStyles = Object.entries(SHAPES).map(([kind, shape]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape },
  }));
  const lineStyles = Object.entries(LINES).map(([kind, line]) => ({
    selector: `edge[kind = "${kind}"]`,
    style: { 'line-style': line },
  }));
  const sideStyles = Object.entries(LABEL_SIDES).map(([side, style]) => ({
    selector: `node.label-${side}`,
    style,
  }));

  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'border-width': 1.5,
        'border-color': theme.surface,
        label: 'data(label)',
        color: theme.text,
        'font-family': theme.font,
        'font-size': FONT,
        // Outline and background both, so a label stays legible over edges
        // and over the neighbouring node in light and dark themes.
        'text-outline-color': theme.surface,
        'text-outline-width': 1.5,
        'text-outline-opacity': 0.9,
        'text-background-color': theme.surface,
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': LEAST_FONT,
      },
    },
    ...kindStyles,
    ...sideStyles,
    { selector: 'node.unlabelled', style: { label: '' } },
    {
      selector: 'node.centre',
      style: {
        'border-width': 3,
        'border-color': theme.accent,
        'underlay-color': theme.accent,
        'underlay-padding': 7,
        'underlay-opacity': 0.18,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'font-size': 12.5,
        'text-wrap': 'wrap',
        'text-max-width': '190px',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-background-opacity': 0.9,
        'text-background-padding': '3px',
        'min-zoomed-font-size': 0,
        'z-index': 10,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': theme.text,
        'z-index': 20,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.25,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'curve-style': 'straight',
        opacity: 0.6,
      },
    },
    // Limitation: above 400 nodes edges lose their arrows and dashes. Dashed
    // and arrowed edges cost about twice as much to draw, which would put a
    // 1,000-node explorer past its budget. Edge kinds keep their colours.
    ...(large
      ? [
          { selector: 'edge', style: { 'curve-style': 'haystack' as const } },
          {
            selector: 'node',
            style: { 'text-outline-width': 0, 'text-background-opacity': 0 },
          },
        ]
      : [
          ...lineStyles,
          {
            selector: 'edge[kind = "cites"]',
            style: {
              'target-arrow-shape': 'triangle' as const,
              'arrow-scale': 0.8,
            },
          },
        ]),
    {
      selector: 'edge[kind = "authored"], edge[kind = "affiliated"]',
      style: { width: 1, opacity: 0.4 },
    },
    {
      selector: 'edge.near',
      style: {
        width: 2.5,
        opacity: 1,
        label: 'data(kind)',
        'font-family': theme.font,
        'font-size': 9,
        color: theme.text,
        'text-rotation': 'autorotate',
        'text-background-color': theme.surface,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    { selector: '.dim', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function mix(from: string, to: string, share: number): string {
  const a = parseRgb(from);
  const b = parseRgb(to);
  if (!a || !b) return share < 0.5 ? from : to;

  const channel = (index: number) =>
    Math.round((a[index] ?? 0) + ((b[index] ?? 0) - (a[index] ?? 0)) * share);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

function parseRgb(color: string): number[] | null {
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  return match ? match.slice(1, 4).map(Number) : null;
}
