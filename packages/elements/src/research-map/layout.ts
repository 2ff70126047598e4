import type { Graph, GraphNode } from '@paperframe/core';
import type { Point } from './graph-model.js';

/** Which side of its node a label sits on: away from the centre. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** Where a node goes, and where its label goes. */
export interface Placement extends Point {
  label: LabelSide;
}

/** Gives a node's drawn diameter, so neighbours never overlap. */
export type SizeOf = (node: GraphNode) => number;

/** Vertical room one paper row needs: a label line and its padding. */
const ROW = 18;
/** Least horizontal room between people, institutions and topics in a row. */
const COLUMN = 44;
/** Most horizontal room between them, in a short row. */
const WIDE_COLUMN = 96;
/** How wide a row of people, institutions or topics spreads when it can. */
const ROW_WIDTH = 480;
/** Room under the centre for its two-line label, above the topics. */
const CENTRE_LABEL_ROOM = 84;
/** How much further out every other node in a row sits: a label's height. */
const STAGGER = 24;
/** Most people, institutions or topics in one row before it wraps. */
const ROW_LENGTH = 12;
/** Widest angle, from the horizontal, that a column of papers reaches. */
const SIDE_ANGLE = (62 * Math.PI) / 180;
/** Space kept between the paper columns and the rows above and below. */
const ROW_GAP = 44;
/** Space between one ring and the next, past the first shell. */
const RING_GAP = 150;
/** Room along a far ring for one node. */
const SPACING = 56;

const PAPER_GROUPS = ['citedBy', 'related', 'cites', 'paper'] as const;
const OUTER_GROUPS = ['person', 'institution', 'topic'] as const;
type Group = (typeof PAPER_GROUPS)[number] | (typeof OUTER_GROUPS)[number];

/**
 * Lays the neighbourhood out in concentric shells around the centre.
 *
 * The first shell holds the centre's own neighbours. Its papers stand in two
 * columns, left and right of the centre, grouped by relation (cited by,
 * related, cites), so their labels run outward side by side instead of
 * colliding; people, institutions and topics sit in rows above and below,
 * grouped by kind, with their labels staggered. Nodes further out go on
 * rings, each ordered by the angle of the node that led to it, so
 * neighbourhoods stay together.
 *
 * Grouping and sorting aside, this is linear in nodes plus edges, which keeps
 * a 1,000-node explorer close to the cost of drawing alone, where a force
 * layout takes tens of seconds on a small machine. The same graph always
 * gets the same positions.
 *
 * @param graph - The graph.
 * @param centreId - The node at the middle.
 * @param sizeOf - Each node's drawn diameter; 24 for all when left out.
 * @return A placement for every node.
 */
export function concentricLayout(
  graph: Graph,
  centreId: string | null,
  sizeOf: SizeOf = () => 24,
): Map<string, Placement> {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const adjacency = new Map<string, string[]>();
  for (const node of graph.nodes) adjacency.set(node.id, []);
  for (const edge of graph.edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    adjacency.get(edge.source)?.push(edge.target);
    adjacency.get(edge.target)?.push(edge.source);
  }

  const out = new Map<string, Placement>();
  const centre = centreId ? byId.get(centreId) : undefined;
  if (!centre) {
    placeRings([graph.nodes.map((node) => node.id)], 0, out, new Map());
    return out;
  }
  out.set(centre.id, { x: 0, y: 0, label: 'below' });

  const groups = firstShell(graph, centre, byId, adjacency);
  const papers = PAPER_GROUPS.map((group) => groups.get(group) ?? []);
  const others = OUTER_GROUPS.map((group) => groups.get(group) ?? []);
  const half = placeColumns(papers, sizeOf, out);
  const reach = placeRows(others, half, out);

  // Everything else, ring by ring outwards in hops from the first shell.
  const angle = new Map<string, number>();
  for (const [id, at] of out) angle.set(id, Math.atan2(at.y, at.x));
  const rings: string[][] = [];
  let ring = [...out.keys()];
  while (ring.length > 0) {
    const parent = new Map<string, number>();
    for (const id of ring) {
      for (const next of adjacency.get(id) ?? []) {
        if (out.has(next) || parent.has(next)) continue;
        parent.set(next, angle.get(id) ?? 0);
      }
    }
    const next = [...parent.keys()].sort(
      (a, b) => (parent.get(a) ?? 0) - (parent.get(b) ?? 0),
    );
    if (next.length > 0) rings.push(next);
    for (const id of next) out.set(id, { x: 0, y: 0, label: 'below' });
    ring = next;
  }
  // Nodes the centre cannot reach go on an outer ring of their own.
  const unreached = graph.nodes.filter((node) => !out.has(node.id));
  if (unreached.length > 0) rings.push(unreached.map((node) => node.id));

  placeRings(rings, reach, out, angle);
  return out;
}

/**
 * Sorts the centre's neighbours into groups: papers by their relation to
 * it, the rest by kind. Institutions reached through an author join the
 * first shell too, since that is how a paper's institutions are linked.
 */
function firstShell(
  graph: Graph,
  centre: GraphNode,
  byId: Map<string, GraphNode>,
  adjacency: Map<string, string[]>,
): Map<Group, GraphNode[]> {
  const groupOf = new Map<string, Group>();
  const rank = (group: Group) =>
    [...PAPER_GROUPS, ...OUTER_GROUPS].indexOf(group);

  for (const edge of graph.edges) {
    const incoming = edge.target === centre.id;
    if (!incoming && edge.source !== centre.id) continue;

    const other = byId.get(incoming ? edge.source : edge.target);
    if (!other || other.id === centre.id) continue;
    const group = relationGroup(other, edge.kind, incoming);
    const known = groupOf.get(other.id);
    if (known === undefined || rank(group) < rank(known)) {
      groupOf.set(other.id, group);
    }
  }
  for (const [id, group] of [...groupOf]) {
    if (byId.get(id)?.kind === 'paper' || group === 'topic') continue;
    for (const next of adjacency.get(id) ?? []) {
      const node = byId.get(next);
      if (!node || node.kind === 'paper' || next === centre.id) continue;
      if (!groupOf.has(next)) groupOf.set(next, node.kind as Group);
    }
  }

  const groups = new Map<Group, GraphNode[]>();
  for (const node of graph.nodes) {
    const group = groupOf.get(node.id);
    if (group === undefined) continue;
    const list = groups.get(group);
    if (list) list.push(node);
    else groups.set(group, [node]);
  }
  // Papers read newest first down each column; people keep author order.
  for (const group of PAPER_GROUPS) groups.get(group)?.sort(byYear);
  return groups;
}

function relationGroup(
  other: GraphNode,
  kind: string,
  incoming: boolean,
): Group {
  if (other.kind !== 'paper') return other.kind;
  if (kind === 'cites') return incoming ? 'citedBy' : 'cites';
  if (kind === 'related') return 'related';
  return 'paper';
}

function byYear(a: GraphNode, b: GraphNode): number {
  return (b.year ?? 0) - (a.year ?? 0) || (b.weight ?? 0) - (a.weight ?? 0);
}

/**
 * Two columns of papers, right then left, going clockwise: down the right
 * side, then up the left, with a row's gap between relations. Each column
 * bows away from the centre like an arc of a ring.
 *
 * @return Half the height the columns take.
 */
function placeColumns(
  groups: GraphNode[][],
  sizeOf: SizeOf,
  out: Map<string, Placement>,
): number {
  const slots: (GraphNode | null)[] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    if (slots.length > 0) slots.push(null);
    slots.push(...group);
  }
  if (slots.length === 0) return 0;

  const split = Math.ceil(slots.length / 2);
  const right = trimGaps(slots.slice(0, split));
  const left = trimGaps(slots.slice(split)).reverse();
  const offsets = (column: (GraphNode | null)[]) => {
    const ys: number[] = [];
    let y = 0;
    column.forEach((node, index) => {
      const before = column[index - 1];
      if (index > 0) {
        const sizes =
          ((node ? sizeOf(node) : 0) + (before ? sizeOf(before) : 0)) / 2;
        y += Math.max(node && before ? ROW : ROW * 0.6, sizes + 4);
      }
      ys.push(y);
    });
    return ys;
  };
  const rightYs = offsets(right);
  const leftYs = offsets(left);
  const half = Math.max(rightYs.at(-1) ?? 0, leftYs.at(-1) ?? 0) / 2;
  const radiusY = Math.max(half / Math.sin(SIDE_ANGLE), 90);
  const radiusX = Math.max(118, radiusY * 0.8);

  const place = (column: (GraphNode | null)[], ys: number[], sign: 1 | -1) => {
    const shift = (ys.at(-1) ?? 0) / 2;
    column.forEach((node, index) => {
      if (!node) return;
      const y = (ys[index] ?? 0) - shift;
      const x = radiusX * Math.sqrt(Math.max(0, 1 - (y / radiusY) ** 2));
      out.set(node.id, {
        x: Math.round(sign * Math.max(x, radiusX * 0.35)),
        y: Math.round(y),
        label: sign > 0 ? 'right' : 'left',
      });
    });
  };
  place(right, rightYs, 1);
  place(left, leftYs, -1);
  return half;
}

function trimGaps<T>(slots: (T | null)[]): (T | null)[] {
  let start = 0;
  let end = slots.length;
  while (start < end && slots[start] === null) start++;
  while (end > start && slots[end - 1] === null) end--;
  return slots.slice(start, end);
}

/**
 * People above the papers with their institutions further out, topics below:
 * who wrote it on top, what it is about underneath. A long row wraps onto
 * another further out, and every other node in a row sits a little further
 * out still, so neighbouring labels never share a line.
 *
 * @return How far from the centre the first shell reaches.
 */
function placeRows(
  [people = [], institutions = [], topics = []]: GraphNode[][],
  half: number,
  out: Map<string, Placement>,
): number {
  const above = people.length > 0 ? [people, institutions] : [institutions];
  let reach = half + ROW_GAP;

  const place = (bands: GraphNode[][], sign: 1 | -1) => {
    // The centre's label hangs below it, so the rows below start lower.
    let y =
      sign > 0 ? Math.max(half + ROW_GAP, CENTRE_LABEL_ROOM) : half + ROW_GAP;
    for (const band of bands) {
      for (let start = 0; start < band.length; start += ROW_LENGTH) {
        const row = band.slice(start, start + ROW_LENGTH);
        // A short row spreads out, so the labels of neighbours have room.
        const column =
          row.length > 1
            ? Math.min(
                WIDE_COLUMN,
                Math.max(COLUMN, ROW_WIDTH / (row.length - 1)),
              )
            : COLUMN;
        const width = (row.length - 1) * column;
        row.forEach((node, index) => {
          const x = index * column - width / 2;
          const outer = index % 2 === 1;
          const at = sign * (y + (outer ? STAGGER : 0));
          reach = Math.max(reach, Math.hypot(x, at));
          // Neighbours' labels sit a row apart. In a wide row every label
          // runs outwards, away from the centre's label; in a dense one the
          // inner nodes label inwards, so the labels are a whole row apart.
          const outwards =
            outer || row.length === 1 || column >= WIDE_COLUMN * 0.8;
          const down = sign > 0 === outwards;
          out.set(node.id, {
            x: Math.round(sign > 0 ? -x : x),
            y: Math.round(at),
            label: down ? 'below' : 'above',
          });
        });
        y += STAGGER + ROW * 2.5;
      }
    }
  };
  place(above, -1);
  place([topics], 1);
  return reach;
}

function placeRings(
  rings: string[][],
  inner: number,
  out: Map<string, Placement>,
  angle: Map<string, number>,
): void {
  let radius = inner;
  for (const ids of rings) {
    radius = Math.max(
      radius + RING_GAP,
      (ids.length * SPACING) / (2 * Math.PI),
    );
    const step = (2 * Math.PI) / ids.length;
    ids.forEach((id, index) => {
      const theta = index * step - Math.PI / 2;
      angle.set(id, theta);
      out.set(id, {
        x: Math.round(radius * Math.cos(theta)),
        y: Math.round(radius * Math.sin(theta)),
        label: sideOf(theta),
      });
    });
  }
}

/**
 * The label side that points away from the centre at an angle.
 *
 * @param theta - Angle from the centre, in radians, y pointing down.
 * @return The side.
 */
export function sideOf(theta: number): LabelSide {
  const x = Math.cos(theta);
  const y = Math.sin(theta);
  if (Math.abs(x) >= 0.6) return x > 0 ? 'right' : 'left';
  return y > 0 ? 'below' : 'above';
}

/**
 * Places newly added nodes on an arc around the node they were expanded
 * from, opening away from the centre, so existing nodes keep their places.
 *
 * @param ids - The new nodes.
 * @param anchor - Position of the expanded node.
 * @param centre - Position of the map's centre.
 * @return A placement for each new node.
 */
export function fanPositions(
  ids: string[],
  anchor: Point,
  centre: Point,
): Map<string, Placement> {
  const out = new Map<string, Placement>();
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
      label: sideOf(theta),
    });
  });
  return out;
}
