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
  const end = space > max * 0.6 ? space : max - 1;
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

const SPACING = 56;
const RING_GAP = 150;

/**
 * Places nodes on rings around the centre by their distance in hops, each
 * ring ordered by the angle of the node that led to it, so neighbourhoods
 * stay together. Linear in nodes plus edges: this is what keeps a
 * 1,000-node explorer close to the cost of drawing alone, where a force
 * layout takes tens of seconds on a small machine.
 *
 * @param graph - The graph.
 * @param centreId - The node at the middle.
 * @return A position for every node.
 */
export function radialPositions(
  graph: Graph,
  centreId: string | null,
): Map<string, Point> {
  const adjacency = new Map<string, string[]>();
  for (const node of graph.nodes) adjacency.set(node.id, []);
  for (const edge of graph.edges) {
    adjacency.get(edge.source)?.push(edge.target);
    adjacency.get(edge.target)?.push(edge.source);
  }

  const positions = new Map<string, Point>();
  const angle = new Map<string, number>();
  const kindRank = new Map(NODE_KINDS.map((kind, index) => [kind, index]));
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const roots = centreId && adjacency.has(centreId) ? [centreId] : [];
  let radius = 0;

  let ring = roots;
  for (const root of roots) {
    positions.set(root, { x: 0, y: 0 });
    angle.set(root, 0);
  }

  while (ring.length > 0) {
    const parentAngle = new Map<string, number>();
    for (const id of ring) {
      for (const next of adjacency.get(id) ?? []) {
        if (positions.has(next) || parentAngle.has(next)) continue;
        parentAngle.set(next, angle.get(id) ?? 0);
      }
    }

    const nextRing = [...parentAngle.keys()].sort(
      (a, b) =>
        (parentAngle.get(a) ?? 0) - (parentAngle.get(b) ?? 0) ||
        (kindRank.get(kindOf.get(a) ?? 'paper') ?? 0) -
          (kindRank.get(kindOf.get(b) ?? 'paper') ?? 0),
    );
    radius = placeRing(nextRing, radius, positions, angle);
    ring = nextRing;
  }

  // Nodes the centre cannot reach go on an outer ring of their own.
  const rest = graph.nodes
    .map((node) => node.id)
    .filter((id) => !positions.has(id));
  placeRing(rest, radius, positions, angle);
  return positions;
}

function placeRing(
  ids: string[],
  inner: number,
  positions: Map<string, Point>,
  angle: Map<string, number>,
): number {
  if (ids.length === 0) return inner;

  const radius = Math.max(
    inner + RING_GAP,
    (ids.length * SPACING) / (2 * Math.PI),
  );
  const step = (2 * Math.PI) / ids.length;
  ids.forEach((id, index) => {
    const theta = index * step - Math.PI / 2;
    angle.set(id, theta);
    positions.set(id, {
      x: Math.round(radius * Math.cos(theta)),
      y: Math.round(radius * Math.sin(theta)),
    });
  });
  return radius;
}

/**
 * Places newly added nodes on an arc around the node they were expanded
 * from, opening away from the centre, so existing nodes keep their places.
 *
 * @param ids - The new nodes.
 * @param anchor - Position of the expanded node.
 * @param centre - Position of the map's centre.
 * @return A position for each new node.
 */
export function fanPositions(
  ids: string[],
  anchor: Point,
  centre: Point,
): Map<string, Point> {
  const out = new Map<string, Point>();
  if (ids.length === 0) return out;

  const dx = anchor.x - centre.x;
  const dy = anchor.y - centre.y;
  const away = dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(dy, dx);
  const spread = Math.min(
    2 * Math.PI,
    Math.max(Math.PI / 2, ids.length * 0.35),
  );
  const radius = Math.max(110, (ids.length * SPACING) / spread);
  const step = ids.length > 1 ? spread / (ids.length - 1) : 0;
  const start = ids.length > 1 ? away - spread / 2 : away;

  ids.forEach((id, index) => {
    const theta = start + index * step;
    out.set(id, {
      x: Math.round(anchor.x + radius * Math.cos(theta)),
      y: Math.round(anchor.y + radius * Math.sin(theta)),
    });
  });
  return out;
}
