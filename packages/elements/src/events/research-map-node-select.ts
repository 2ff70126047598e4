import type { GraphNode } from '@paperframe/core';

/** What `research-map-node-select` carries. */
export interface ResearchMapNodeSelectDetail {
  /** The node's id, e.g. `paper:arxiv:2204.05862` or `person:yuntao-bai`. */
  nodeId: string;
  /** The node's kind. */
  kind: GraphNode['kind'];
  /** The node's full label. */
  label: string;
  /** For a paper node, the paper's id (the node id without `paper:`). */
  paperId: string | null;
}

/**
 * Fired when the reader selects a node in the map or the list, so the host
 * can navigate to it.
 */
export class ResearchMapNodeSelectEvent extends CustomEvent<ResearchMapNodeSelectDetail> {
  /**
   * @param detail - The node selected.
   */
  constructor(detail: ResearchMapNodeSelectDetail) {
    super('research-map-node-select', {
      detail,
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'research-map-node-select': ResearchMapNodeSelectEvent;
  }
  interface HTMLElementEventMap {
    'research-map-node-select': ResearchMapNodeSelectEvent;
  }
}
