import type {
  Comment,
  Graph,
  Paper,
  Reactions,
  ReactionKind,
  Review,
} from '@paperframe/core';

/**
 * A stand-in backend for stories: answers the REST contract's reads with
 * fixed data, so composed stories (`<paper-detail>`, `<paper-frame>`) need
 * no server. Writes answer 401, as for a signed-out reader.
 */

const CENTRE = 'arxiv:2204.05862';
const at = '2026-11-02T09:30:00.000Z';

const paper: Paper = {
  id: 'pf:w4223908421',
  ids: {
    doi: '10.48550/arxiv.2204.05862',
    arxiv: '2204.05862',
    openalex: 'W4223908421',
  },
  title:
    'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback',
  abstract:
    'We apply preference modeling and reinforcement learning from human ' +
    'feedback (RLHF) to finetune language models to act as helpful and ' +
    'harmless assistants. We find this alignment training improves ' +
    'performance on almost all NLP evaluations.',
  type: 'preprint',
  year: 2022,
  venue: 'arXiv',
  openAccess: { isOa: true, url: 'https://arxiv.org/abs/2204.05862' },
  landingUrl: 'https://arxiv.org/abs/2204.05862',
  authors: ['Yuntao Bai', 'Andy Jones', 'Kamal Ndousse', 'Amanda Askell'].map(
    (name, index) => ({
      id: `person:${index}`,
      name,
      institutions: [{ id: 'institution:anthropic', name: 'Anthropic' }],
    }),
  ),
  institutions: [{ id: 'institution:anthropic', name: 'Anthropic' }],
  topics: [{ id: 'topic:rl', name: 'Reinforcement Learning' }],
  codeLinks: [],
  datasetLinks: ['https://github.com/anthropics/hh-rlhf'],
  counts: {
    citations: 364,
    reviews: 1,
    comments: 1,
    saves: 41,
    likes: 12,
    dislikes: 1,
  },
};

const reactions: Reactions = {
  counts: { likes: 12, dislikes: 1, saves: 41, kinds: { rigorous: 3 } },
  mine: null,
};

const kinds: ReactionKind[] = [
  { id: 'rigorous', label: 'Rigorous' },
  { id: 'novel', label: 'Novel' },
  { id: 'reproducible', label: 'Reproducible' },
];

const review: Review = {
  id: 'rev_story',
  paperId: paper.id,
  author: { id: 'usr_story', name: 'Rosalind Reviewer' },
  summary: 'A careful account of RLHF at scale, with open preference data.',
  strengths: ['Releases the human preference data set.'],
  concerns: ['Harmlessness is judged by crowdworkers only.'],
  questions: ['How sensitive are the results to the KL penalty?'],
  rating: 4,
  confidence: 3,
  helpful: 2,
  createdAt: at,
  updatedAt: at,
};

const comment: Comment = {
  id: 'cmt_story',
  paperId: paper.id,
  author: { id: 'usr_other', name: 'Ada Reader' },
  kind: 'replication',
  body: 'The preference data is public: https://github.com/anthropics/hh-rlhf',
  parentId: null,
  replies: [],
  createdAt: at,
  updatedAt: at,
};

const graph: Graph = {
  nodes: [
    { id: `paper:${paper.id}`, kind: 'paper', label: paper.title, year: 2022 },
    {
      id: 'paper:instructgpt',
      kind: 'paper',
      label: 'Training language models to follow instructions',
      year: 2022,
    },
    {
      id: 'paper:cai',
      kind: 'paper',
      label: 'Constitutional AI: Harmlessness from AI Feedback',
      year: 2022,
    },
    { id: 'person:yuntao-bai', kind: 'person', label: 'Yuntao Bai' },
    { id: 'institution:anthropic', kind: 'institution', label: 'Anthropic' },
    { id: 'topic:rl', kind: 'topic', label: 'Reinforcement Learning' },
  ],
  edges: [
    {
      id: 'e1',
      source: `paper:${paper.id}`,
      target: 'paper:instructgpt',
      kind: 'cites',
    },
    {
      id: 'e2',
      source: 'paper:cai',
      target: `paper:${paper.id}`,
      kind: 'cites',
    },
    {
      id: 'e3',
      source: 'person:yuntao-bai',
      target: `paper:${paper.id}`,
      kind: 'authored',
    },
    {
      id: 'e4',
      source: 'person:yuntao-bai',
      target: 'institution:anthropic',
      kind: 'affiliated',
    },
    {
      id: 'e5',
      source: `paper:${paper.id}`,
      target: 'topic:rl',
      kind: 'about',
    },
  ],
  truncated: false,
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function answer(method: string, path: string): Response {
  if (method !== 'GET') {
    return json({ title: 'Unauthorized', status: 401 }, 401);
  }
  if (path === '/v1/papers') return json({ items: [paper], notFound: [] });
  if (path.startsWith('/v1/papers/') && path.endsWith('/reactions')) {
    return json(reactions);
  }
  if (path.endsWith('/reviews'))
    return json({ items: [review], nextCursor: null });
  if (path.endsWith('/comments')) {
    return json({ items: [comment], nextCursor: null });
  }
  if (path.endsWith('/graph')) return json(graph);
  if (path === '/v1/reaction-kinds') return json({ items: kinds });
  if (path === '/v1/session') return json({ user: null });
  if (path.startsWith('/v1/papers/')) return json(paper);
  return json({ title: 'Not Found', status: 404 }, 404);
}

/**
 * A `fetch` that serves the fixed data for `CENTRE` under any base URL.
 *
 * @param input - The request.
 * @return The fixed answer.
 */
export const fixtureFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const path = new URL(request.url).pathname;
  return answer(request.method, decodeURIComponent(path));
};

export { CENTRE };
