import type { Graph } from '@paperframe/core';
import type { EdgeKind, NodeKind, Point } from './graph-model.js';

/** Colours and font the canvas draws with, resolved from `--pf-*` tokens. */
export interface MapTheme {
  font: string;
  text: string;
  surface: string;
  accent: string;
  kinds: Record<NodeKind, string>;
  edges: Record<EdgeKind, string>;
  /** Paper colours for the oldest and newest years when colouring by year. */
  years: [string, string];
}

/** How paper nodes encode their data. */
export interface PaperEncoding {
  /** `citations` sizes paper nodes by their weight. */
  size: 'citations' | 'none';
  /** `year` colours paper nodes from oldest to newest. */
  color: 'kind' | 'year';
}

/** What the canvas reports back to the element. */
export interface GraphViewCallbacks {
  onSelect(nodeId: string | null): void;
  onExpand(nodeId: string): void;
  /** A node is hovered (`at` is relative to the container) or left. */
  onHover(nodeId: string | null, at: Point | null): void;
}

/** Everything a new canvas needs. */
export interface GraphViewOptions extends GraphViewCallbacks {
  graph: Graph;
  centreId: string | null;
  theme: MapTheme;
  encoding: PaperEncoding;
}

/**
 * The drawn graph. Implemented in the lazily loaded graph chunk; the
 * element only ever sees this interface, so it never imports cytoscape.
 */
export interface GraphView {
  /** Adds nodes and edges not drawn yet; new nodes fan out from `anchor`. */
  update(graph: Graph, anchor?: string | null): void;
  /** Shows only these node ids (and edges between them). */
  show(visible: ReadonlySet<string>): void;
  /** Fades every node but these; null clears. */
  highlight(ids: ReadonlySet<string> | null): void;
  select(nodeId: string | null): void;
  /** Pans to a node without changing zoom. */
  reveal(nodeId: string): void;
  setTheme(theme: MapTheme, encoding: PaperEncoding): void;
  /** Lets the mouse wheel zoom (true) or leaves it to the page (false). */
  setWheelZoom(enabled: boolean): void;
  /** Moves the drawing to another container, keeping nodes and selection. */
  mount(container: HTMLElement): void;
  fit(): void;
  /** Resolves after the next frame is drawn. */
  rendered(): Promise<void>;
  /** Rendered position of a node inside its container, for tests and tooltips. */
  renderedPosition(nodeId: string): Point | null;
  /**
   * Draws every label, overlapping or not, as the explorer does where
   * readers zoom in to read; otherwise a label that would overlap a more
   * important one, or another node, is left out.
   */
  showAllLabels(all: boolean): void;
  /**
   * What the reader sees of a node: its label when drawn (null when hidden),
   * the label's drawn font size and the node's drawn diameter, in pixels.
   *
   * @internal
   */
  inspect(
    nodeId: string,
  ): { label: string | null; fontSize: number; size: number } | null;
  /**
   * How opaque an edge is drawn, 0 to 1, by the edge's id in the graph;
   * null for an edge the view does not have.
   *
   * @internal
   */
  edgeOpacity(edgeId: string): number | null;
  /**
   * Where each drawn label sits, in pixels inside the container.
   *
   * @internal
   */
  labelBoxes(): {
    id: string;
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }[];
  destroy(): void;
}

/** Creates a view; the default export of the graph chunk. */
export type CreateGraphView = (
  container: HTMLElement,
  options: GraphViewOptions,
) => GraphView;
