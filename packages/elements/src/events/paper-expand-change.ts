/** The parts of a card a reader can expand. */
export type ExpandableSection = 'abstract' | 'authors' | 'institutions';

/** What `paper-expand-change` carries. */
export interface PaperExpandChangeDetail {
  paperId: string;
  section: ExpandableSection;
  expanded: boolean;
}

/**
 * Fired when a reader expands or collapses part of a paper: the abstract,
 * the author list or the institutions.
 */
export class PaperExpandChangeEvent extends CustomEvent<PaperExpandChangeDetail> {
  /**
   * @param detail - Which paper, which section, and its new state.
   */
  constructor(detail: PaperExpandChangeDetail) {
    super('paper-expand-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-expand-change': PaperExpandChangeEvent;
  }
}
