import type { Graph, GraphNode } from '@paperframe/core';
import cytoscape, {
  type Core,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';
import {
  fanPositions,
  type Point,
  radialPositions,
  truncateLabel,
  yearSpan,
} from './graph-model.js';
import type {
  GraphView,
  GraphViewOptions,
  MapTheme,
  PaperEncoding,
} from './graph-view-types.js';

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
  const saved = new WeakMap<HTMLElement, { zoom: number; pan: Point }>();
  const positions = radialPositions(graph, options.centreId);

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

    cy.fit(cy.elements(':visible'), 24);
    fitted = true;
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
        : radialPositions(next, options.centreId);

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
      refreshData(cy, next, theme, encoding);

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
    },

    highlight(ids) {
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const dim = ids !== null && !ids.has(node.id());
          if (node.hasClass('dim') !== dim) node.toggleClass('dim', dim);
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
      refreshData(cy, graph, theme, encoding);
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

function isInView(cy: Core, eles: cytoscape.CollectionReturnValue): boolean {
  const box = eles.renderedBoundingBox();
  return (
    box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height()
  );
}

function nodeSize(node: GraphNode, encoding: PaperEncoding): number {
  if (node.kind !== 'paper') return node.kind === 'topic' ? 26 : 22;
  if (encoding.size !== 'citations' || !node.weight) return 26;
  return Math.min(56, 22 + 7 * Math.log10(1 + node.weight));
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
  positions: Map<string, Point>,
  theme: MapTheme,
  encoding: PaperEncoding,
  whole: Graph = part,
): ElementDefinition[] {
  const span = yearSpan(whole);
  const nodeIds = new Set(whole.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = part.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      kind: node.kind,
      label: truncateLabel(node.label),
      size: nodeSize(node, encoding),
      color: nodeColor(node, theme, encoding, span),
    },
    classes: node.id === centreId ? 'centre' : '',
    position: { ...(positions.get(node.id) ?? { x: 0, y: 0 }) },
  }));
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
): void {
  const span = yearSpan(graph);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));

  cy.batch(() => {
    cy.nodes().forEach((element) => {
      const node = byId.get(element.id());
      if (!node) return;
      element.data({
        size: nodeSize(node, encoding),
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

function stylesheet(theme: MapTheme, large: boolean): StylesheetJson {
  const kindStyles = Object.entries(SHAPES).map(([kind, shape]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape },
  }));
  const lineStyles = Object.entries(LINES).map(([kind, line]) => ({
    selector: `edge[kind = "${kind}"]`,
    style: { 'line-style': line },
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
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': theme.surface,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 7,
      },
    },
    ...kindStyles,
    {
      selector: 'node.centre',
      style: {
        'border-width': 4,
        'border-color': theme.accent,
        'font-weight': 'bold',
        'font-size': 13,
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
        width: 1.5,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'curve-style': 'straight',
        opacity: 0.75,
      },
    },
    // Limitation: above 400 nodes edges lose their arrows and dashes. Dashed
    // and arrowed edges cost about twice as much to draw, which would put a
    // 1,000-node explorer past its budget. Edge kinds keep their colours.
    ...(large
      ? [{ selector: 'edge', style: { 'curve-style': 'haystack' as const } }]
      : [
          ...lineStyles,
          {
            selector: 'edge[kind = "cites"]',
            style: {
              'target-arrow-shape': 'triangle' as const,
              'arrow-scale': 0.9,
            },
          },
        ]),
    {
      selector: 'edge[kind = "authored"], edge[kind = "affiliated"]',
      style: { width: 1 },
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
