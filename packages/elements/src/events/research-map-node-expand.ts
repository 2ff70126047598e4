/** What `research-map-node-expand` carries. */
export interface ResearchMapNodeExpandDetail {
  /** The node expanded. */
  nodeId: string;
  /** Ids of the nodes its neighbourhood added to the map. */
  added: string[];
}

/**
 * Fired when a node's neighbourhood was fetched and merged into the map.
 */
export class ResearchMapNodeExpandEvent extends CustomEvent<ResearchMapNodeExpandDetail> {
  /**
   * @param detail - The node expanded and what it added.
   */
  constructor(detail: ResearchMapNodeExpandDetail) {
    super('research-map-node-expand', {
      detail,
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'research-map-node-expand': ResearchMapNodeExpandEvent;
  }
  interface HTMLElementEventMap {
    'research-map-node-expand': ResearchMapNodeExpandEvent;
  }
}
