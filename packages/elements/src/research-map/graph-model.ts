import type { Graph, GraphEdge, GraphNode } from '@paperframe/core';

/** The four kinds of node a research map draws, in legend order. */
export const NODE_KINDS = ['paper', 'person', 'institution', 'topic'] as const;

/** One kind of node. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** The kinds of edge, in legend order. */
export const EDGE_KINDS = [
  'cites',
  'related',
  'authored',
  'affiliated',
  'about',
] as const;

/** One kind of edge. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** A point in graph coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** What the reader chose to see. */
export interface GraphFilter {
  /** Kinds switched off in the legend. */
  hiddenKinds: ReadonlySet<NodeKind>;
  /** Papers outside this year range are hidden; null bounds are open. */
  years?: { from: number | null; to: number | null };
}

/** One connection of a node, seen from that node. */
export interface Connection {
  edge: GraphEdge;
  other: GraphNode;
  /** True when the edge points away from the node (`a cites b` seen from a). */
  outgoing: boolean;
}

/**
 * Shortens a label to `max` characters on a word boundary when one is near,
 * ending with an ellipsis. The full text stays available for hover and focus.
 *
 * @param label - The full label.
 * @param max - Most characters to keep, ellipsis included.
 * @return The label, shortened when it was longer than `max`.
 */
export function truncateLabel(label: string, max = 28): string {
  const text = label.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;

  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const end = space > max * 0.75 ? space : max - 1;
  return `${cut.slice(0, end).trimEnd()}…`;
}

/**
 * Finds the node the map is drawn around: the paper asked for when it is in
 * the graph, otherwise the first node (the backend lists the centre first).
 *
 * @param graph - The graph.
 * @param paperId - The paper the element shows, if known.
 * @return The centre node's id, or null for an empty graph.
 */
export function findCentre(
  graph: Graph,
  paperId?: string | null,
): string | null {
  if (paperId) {
    const wanted = [paperId, `paper:${paperId}`];
    const hit = graph.nodes.find((node) => wanted.includes(node.id));
    if (hit) return hit.id;
  }
  return graph.nodes[0]?.id ?? null;
}

/**
 * Tells whether a node passes the reader's filter.
 *
 * @param node - The node.
 * @param filter - Kinds switched off and the year range.
 * @return True when the node should be shown.
 */
export function isVisible(node: GraphNode, filter: GraphFilter): boolean {
  if (filter.hiddenKinds.has(node.kind)) return false;

  const years = filter.years;
  if (!years || node.kind !== 'paper' || node.year == null) return true;
  if (years.from !== null && node.year < years.from) return false;
  if (years.to !== null && node.year > years.to) return false;
  return true;
}

/**
 * Lists each node's connections, both directions, by node id.
 *
 * @param graph - The graph.
 * @return Connections keyed by node id.
 */
export function connectionsById(graph: Graph): Map<string, Connection[]> {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const out = new Map<string, Connection[]>();
  const push = (id: string, connection: Connection) => {
    const list = out.get(id);
    if (list) list.push(connection);
    else out.set(id, [connection]);
  };

  for (const edge of graph.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) continue;

    push(source.id, { edge, other: target, outgoing: true });
    push(target.id, { edge, other: source, outgoing: false });
  }
  return out;
}

/**
 * The range of publication years among the graph's papers.
 *
 * @param graph - The graph.
 * @return The earliest and latest year, or null when no paper has one.
 */
export function yearSpan(graph: Graph): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const node of graph.nodes) {
    if (node.kind !== 'paper' || node.year == null) continue;
    min = Math.min(min, node.year);
    max = Math.max(max, node.year);
  }
  return Number.isFinite(min) ? { min, max } : null;
}

/**
 * The map's layout, under the name benchmarks and older callers use: see
 * `concentricLayout`.
 */
export { concentricLayout as radialPositions, fanPositions } from './layout.js';
