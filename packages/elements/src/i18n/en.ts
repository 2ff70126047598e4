import type { account } from './en-account.js';
import type { detail } from './en-detail.js';
import type { feedback } from './en-feedback.js';
import type { reactions } from './en-reactions.js';
import type { researchMapMessages as researchMap } from '../research-map/messages.js';

/** `1 review`, `2 reviews`: a number with its noun. */
export const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The strings every element shares, and the card's, in English. Elements
 * with more to say bring their own group (`feedback`, `reactions`, …) from
 * this folder and hand it over with `provideEnglish`, so a page pays only for
 * the strings of the elements it uses.
 */
export const common = {
  loading: 'Loading paper…',
  retry: 'Retry',
  errorTitle: 'This paper could not be loaded.',
  errorNetwork: 'The server could not be reached.',
  errorTimeout: 'The server took too long to answer.',
  errorHttp: (status: number) => `The server answered with error ${status}.`,
  errorInvalid: 'The server sent data this page cannot read.',
  errorUnknown: 'Something went wrong.',
  notFound: 'Paper not found',
  notFoundDetail: (id: string) => `No paper has the id “${id}”.`,
  invalidId: 'Not a valid paper id',
  invalidIdDetail: (id: string) =>
    `“${id}” is not a paper id. Ids look like arxiv:2204.05862 or doi:10.48550/arXiv.2204.05862.`,
  noPaperId: 'No paper selected.',

  showMore: 'Show more',
  showLess: 'Show less',
  abstract: 'Abstract',
  authors: 'Authors',
  etAl: 'et al.',
  showAllAuthors: (n: number) => `Show all ${n} authors`,
  showFewerAuthors: 'Show fewer authors',
  noAuthors: 'Authors unknown',
  openAccess: 'Open access',
  openAccessLink: 'Open access: read the full text',
  code: 'Code',
  noCode: 'No code',
  dataset: 'Dataset',
  noDataset: 'No dataset',
  institutions: (n: number) => count(n, 'institution', 'institutions'),
  topics: 'Topics',
  details: 'Details',
  citations: (n: number) => count(n, 'citation', 'citations'),
  reviews: (n: number) => count(n, 'review', 'reviews'),
  saves: (n: number) => count(n, 'save', 'saves'),
  paperTypes: {
    preprint: 'Preprint',
    article: 'Article',
    review: 'Review',
    book: 'Book',
    'book-chapter': 'Book chapter',
    dissertation: 'Dissertation',
    dataset: 'Dataset',
  } as Record<string, string>,
};

/** The shape every locale's messages have. */
export type Messages = typeof common & {
  feedback: typeof feedback;
  reactions: typeof reactions;
  account: typeof account;
  researchMap: typeof researchMap;
  detail: typeof detail;
};
