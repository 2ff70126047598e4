import type { PaperframeClient } from '../client/client.js';
import { Graph } from '../contract/schemas.js';
import type { Graph as GraphData } from '../contract/types.js';
import {
  type INVALID_ID,
  missingPaper,
  type NOT_FOUND,
  type ResourceStore,
  resourceStore,
} from './resource.js';

/** Which slice of the neighbourhood to ask for. */
export interface GraphSliceOptions {
  /** Node kinds to include; the backend's default when left out. */
  kinds?: readonly string[];
  /** Most nodes in the slice; the backend's default when left out. */
  limit?: number;
}

/** Where a graph store gets its data. */
export interface GraphSource {
  /**
   * Fetches the slice around the paper, or resolves `NOT_FOUND` or
   * `INVALID_ID` when the backend does not know the paper or its id.
   */
  load(): Promise<GraphData | typeof NOT_FOUND | typeof INVALID_ID>;
  /** Fetches one node's own neighbourhood; absent when expanding is not possible. */
  expand?(nodeId: string): Promise<GraphData>;
}

/**
 * A resource store holding a research-map graph that grows as nodes are
 * expanded.
 */
export interface GraphStore extends ResourceStore<GraphData> {
  /** Whether this store can expand nodes. */
  readonly canExpand: boolean;

  /** Ids of the nodes expanded so far. */
  readonly expanded: ReadonlySet<string>;

  /**
   * Fetches a node's neighbourhood and merges it into the graph, keeping
   * every node and edge once.
   *
   * @param nodeId - The node to expand.
   * @return Ids of the nodes that were new to the graph.
   */
  expand(nodeId: string): Promise<string[]>;
}

/**
 * Merges two graphs: nodes and edges already present keep their first
 * version, edges whose ends are missing are dropped, and the result is
 * truncated when either part was.
 *
 * @param base - The graph shown so far.
 * @param addition - Newly fetched nodes and edges.
 * @return A new graph; neither argument is changed.
 */
export function mergeGraphs(base: GraphData, addition: GraphData): GraphData {
  const nodes = [...base.nodes];
  const nodeIds = new Set(nodes.map((node) => node.id));
  for (const node of addition.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    nodes.push(node);
  }

  const edges = [];
  const seen = new Set<string>();
  for (const edge of [...base.edges, ...addition.edges]) {
    // Ids are stable across calls, but the same link fetched from both ends
    // is still one link.
    const key = `${edge.kind}\u0000${edge.source}\u0000${edge.target}`;
    if (seen.has(edge.id) || seen.has(key)) continue;
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    seen.add(edge.id);
    seen.add(key);
    edges.push(edge);
  }

  // The size of the neighbourhood belongs to the first slice; what an
  // expansion adds lies outside it.
  const total = base.nodes.length === 0 ? addition.total : base.total;
  return {
    nodes,
    edges,
    truncated: base.truncated || addition.truncated,
    ...(total === undefined ? {} : { total }),
  };
}

/**
 * Creates a graph store over any source: the REST client, a host's own
 * loader, or a graph held in memory.
 *
 * @param source - Loads the slice and, optionally, expands nodes.
 * @return The store; it starts loading when first listened to.
 */
export function graphStore(source: GraphSource): GraphStore {
  const expanded = new Set<string>();
  const $store = resourceStore<GraphData>(async () => {
    expanded.clear();
    const slice = await source.load();
    if (typeof slice === 'symbol') return slice;
    return mergeGraphs({ nodes: [], edges: [], truncated: false }, slice);
  });

  async function expand(nodeId: string): Promise<string[]> {
    if (!source.expand) {
      throw new TypeError(
        'This graph cannot expand nodes: its source has no `expand` function.',
      );
    }

    const addition = await source.expand(nodeId);
    const state = $store.get();
    if (state.status !== 'ready') return [];

    const known = new Set(state.data.nodes.map((node) => node.id));
    const merged = mergeGraphs(state.data, addition);
    expanded.add(nodeId);
    $store.set({ status: 'ready', data: merged });
    return merged.nodes.map((node) => node.id).filter((id) => !known.has(id));
  }

  return Object.assign($store, {
    canExpand: typeof source.expand === 'function',
    expanded,
    expand,
  });
}

/**
 * A graph source backed by the REST contract:
 * `GET /v1/papers/{id}/graph` for the slice and `GET /v1/nodes/{nodeId}/graph`
 * to expand.
 *
 * @param client - The session's client.
 * @param paperId - The paper at the centre, as a scheme-prefixed id.
 * @param options - Kinds and size of the slice.
 * @return The source.
 */
export function restGraphSource(
  client: PaperframeClient,
  paperId: string,
  options: GraphSliceOptions = {},
): GraphSource {
  return {
    load: async () => {
      try {
        return await client.get(
          `v1/papers/${encodeURIComponent(paperId)}/graph`,
          Graph,
          {
            searchParams: {
              kinds: options.kinds?.length
                ? options.kinds.join(',')
                : undefined,
              limit: options.limit,
            },
          },
        );
      } catch (error) {
        const missing = missingPaper(error);
        if (missing) return missing;
        throw error;
      }
    },
    expand: (nodeId) =>
      client.get(`v1/nodes/${encodeURIComponent(nodeId)}/graph`, Graph),
  };
}

/**
 * The graph store of one paper, fetched from the backend.
 *
 * @param client - The session's client.
 * @param paperId - The paper at the centre.
 * @param options - Kinds and size of the slice.
 * @return The store.
 */
export function paperGraph(
  client: PaperframeClient,
  paperId: string,
  options: GraphSliceOptions = {},
): GraphStore {
  return graphStore(restGraphSource(client, paperId, options));
}
