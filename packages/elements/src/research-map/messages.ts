const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The strings `<research-map>` shows, in English.
 *
 * @internal
 */
export const researchMapMessages = {
  label: 'Research map',
  building: 'Building this graph slice…',
  empty: 'No connected papers, people, institutions or topics to show yet.',
  error: 'The research map could not be loaded.',
  truncated:
    'Showing the closest connections — open the full explorer to expand.',
  truncatedCount: (shown: number, total: number) =>
    `Showing the closest ${shown.toLocaleString('en')} of ${count(total, 'connection', 'connections')} — open the full explorer to expand.`,
  kinds: {
    paper: 'Papers',
    person: 'People',
    institution: 'Institutions',
    topic: 'Topics',
  },
  kind: {
    paper: 'Paper',
    person: 'Person',
    institution: 'Institution',
    topic: 'Topic',
  },
  relations: {
    cites: 'Cites',
    citedBy: 'Cited by',
    related: 'Related papers',
    paper: 'Papers',
    person: 'People',
    institution: 'Institutions',
    topic: 'Topics',
  },
  edgeKinds: {
    cites: 'cites',
    related: 'related',
    authored: 'authored',
    affiliated: 'affiliated',
    about: 'about',
  },
  legend: 'Show node kinds',
  edgesLegend: 'Edge kinds',
  listView: 'List view',
  mapView: 'Map view',
  openExplorer: 'Open full explorer',
  closeExplorer: 'Close explorer',
  explorerTitle: 'Research map explorer',
  search: 'Search nodes',
  matches: (n: number) => count(n, 'match', 'matches'),
  yearFrom: 'From year',
  yearTo: 'To year',
  expand: 'Expand neighbourhood',
  expanding: 'Expanding…',
  expanded: 'Neighbourhood shown',
  expandFailed: 'This node could not be expanded.',
  open: 'Open paper',
  year: (year: number) => `Published ${year}`,
  nodes: (n: number) => count(n, 'node', 'nodes'),
  connections: (n: number) => count(n, 'connection', 'connections'),
  canvasLabel: (n: number) =>
    `Research map with ${count(n, 'node', 'nodes')}. Click to zoom with the mouse wheel; use the list view to browse with the keyboard.`,
  selectHint: 'Select a node to see its details.',
  clearSelection: 'Clear selection',
};

/** The shape of the research map's strings. */
export type ResearchMapMessages = typeof researchMapMessages;
