import {
  getSession,
  type Paper,
  PaperframeError,
  type ResourceState,
  resourceStore,
} from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  darkStory,
  narrowStory,
  themeArgTypes,
} from './support/story-states.js';

/**
 * Stories render from fixed store states, so they need no backend: each
 * story seeds the page session of its own story-only base URL.
 */
const STORY_API = 'https://stories.paperframe.invalid';

const paper: Paper = {
  id: 'arxiv:2204.05862',
  ids: {
    doi: '10.48550/arXiv.2204.05862',
    arxiv: '2204.05862',
    openalex: 'W4223908421',
  },
  title:
    'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback',
  abstract:
    'A sample abstract for the story. It is long enough to be collapsed ' +
    'behind "Show more": the card shows a few lines first and lets the ' +
    'reader open the rest. It describes preference modelling, reinforcement ' +
    'learning from human feedback, and how a language assistant trained ' +
    'this way becomes more helpful and less harmful, with results measured ' +
    'across model sizes and an analysis of robustness and calibration.',
  type: 'preprint',
  year: 2022,
  venue: 'arXiv (Cornell University)',
  openAccess: { isOa: true, url: 'https://arxiv.org/abs/2204.05862' },
  landingUrl: 'https://arxiv.org/abs/2204.05862',
  authors: [
    'Yuntao Bai',
    'Andy Jones',
    'Kamal Ndousse',
    'Amanda Askell',
    'Anna Chen',
    'Nova DasSarma',
  ].map((name, index) => ({
    id: `author-${index}`,
    name,
    institutions: [{ id: 'anthropic', name: 'Anthropic' }],
  })),
  institutions: [{ id: 'anthropic', name: 'Anthropic' }],
  topics: [
    { id: 'rl', name: 'Reinforcement Learning' },
    { id: 'training', name: 'Training Techniques' },
  ],
  codeLinks: [],
  datasetLinks: ['https://github.com/anthropics/hh-rlhf'],
  counts: {
    citations: 1834,
    reviews: 2,
    comments: 5,
    saves: 41,
    likes: 12,
    dislikes: 1,
  },
};

/** Seeds the story session with a fixed state for one paper id. */
function seed(id: string, state: ResourceState<Paper>): string {
  const never = () => new Promise<Paper>(() => {});
  getSession(STORY_API).store('paper', id, () =>
    resourceStore(never, { initial: state }),
  );
  return id;
}

const READY = seed('story:ready', { status: 'ready', data: paper });
const LOADING = seed('story:loading', { status: 'loading' });
const NOT_FOUND = seed('story:not-found', { status: 'not-found' });
const ERROR = seed('story:error', {
  status: 'error',
  error: new PaperframeError({
    kind: 'network',
    method: 'GET',
    url: `${STORY_API}/v1/papers/story:error`,
  }),
});

interface CardArgs {
  'paper-id': string;
  theme: 'light' | 'dark' | 'auto';
  'heading-level': number;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/paper-card',
  component: 'paper-card',
  args: { 'paper-id': READY, theme: 'auto', 'heading-level': 3 },
  argTypes: themeArgTypes,
  render: (args) => html`
    <paper-card
      api=${STORY_API}
      paper-id=${args['paper-id']}
      theme=${args.theme}
      heading-level=${args['heading-level']}
    ></paper-card>
  `,
};

export default meta;

type Story = StoryObj<CardArgs>;

/** The loaded card. */
export const Default: Story = {};

/** The skeleton shown while the paper loads, with its height reserved. */
export const Loading: Story = { args: { 'paper-id': LOADING } };

/** The server could not be reached; Retry loads again. */
// biome-ignore lint/suspicious/noShadowRestrictedNames: stories are named for the state they show.
export const Error: Story = { args: { 'paper-id': ERROR } };

/** The backend does not know the id. */
export const NotFound: Story = { args: { 'paper-id': NOT_FOUND } };

/** Dark colours, forced with `theme="dark"`. */
export const Dark: Story = darkStory();

/** A narrow column, as in a sidebar. */
export const Narrow: Story = narrowStory(meta, 280);
