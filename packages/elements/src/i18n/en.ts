const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Every string the elements show, in English. A second locale is an object
 * of the same shape passed to `registerLocale`.
 */
export const en = {
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
export type Messages = typeof en;
