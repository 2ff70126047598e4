import * as v from 'valibot';
import { Id } from './primitives.js';

export const NodeKind = v.picklist(['paper', 'person', 'institution', 'topic']);

export const EdgeKind = v.picklist([
  'cites',
  'related',
  'authored',
  'affiliated',
  'about',
]);

export const GraphNode = v.object({
  id: Id,
  kind: NodeKind,
  label: v.string(),
  year: v.optional(v.nullable(v.number())),
  weight: v.optional(v.nullable(v.number())),
});

export const GraphEdge = v.object({
  id: Id,
  source: v.string(),
  target: v.string(),
  kind: EdgeKind,
});

/** Nodes and edges around a paper or node. */
export const Graph = v.object({
  nodes: v.array(GraphNode),
  edges: v.array(GraphEdge),
  truncated: v.boolean(),
  /** Nodes in the whole neighbourhood, centre included, before any limit. */
  total: v.optional(v.number()),
});
