import {
  type Page,
  PaperframeError,
  REVIEWS_PAGE_SIZE,
  type Review,
} from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  darkStory,
  narrowStory,
  seedList,
  themeArgTypes,
} from './support/story-states.js';

/**
 * Stories render from fixed list states, so they need no backend: each
 * story seeds the page session of its own story-only base URL.
 */
const STORY_API = 'https://stories.paperframe.invalid';

const review = (n: number, extra: Partial<Review> = {}): Review => ({
  id: `rev-${n}`,
  paperId: 'arxiv:2204.05862',
  author: {
    id: `user-${n}`,
    name: ['Ada Lovelace', 'رازی', 'Grace'][n % 3] ?? '',
  },
  summary:
    'A careful account of preference modelling.\n\nThe harmlessness results rest on crowdworker judgements; see https://example.org/notes.',
  strengths: [
    'Large, released preference data set.',
    'Ablations over model size.',
  ],
  concerns: ['Raters were not experts in the domains they judged.'],
  questions: ['How were ties between responses handled?'],
  rating: 4,
  confidence: 3,
  helpful: 7,
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-03T09:00:00.000Z',
  ...extra,
});

/** Seeds the story session with a list that loads as `load` says. */
function seed(id: string, load: () => Promise<Page<Review>>): string {
  return seedList(STORY_API, 'reviews', id, REVIEWS_PAGE_SIZE, load, [
    'create',
    'edit',
    'remove',
    'markHelpful',
    'report',
  ]);
}

const READY = seed('story:ready', async () => ({
  items: [review(1), review(2, { rating: null, confidence: null })],
  nextCursor: 'more',
}));
const LOADING = seed('story:loading', () => new Promise(() => {}));
const EMPTY = seed('story:empty', async () => ({
  items: [],
  nextCursor: null,
}));
const ERROR = seed('story:error', () =>
  Promise.reject(
    new PaperframeError({
      kind: 'network',
      method: 'GET',
      url: `${STORY_API}/v1/papers/story:error/reviews`,
    }),
  ),
);

interface ReviewsArgs {
  'paper-id': string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<ReviewsArgs> = {
  title: 'Elements/paper-reviews',
  component: 'paper-reviews',
  args: { 'paper-id': READY, theme: 'auto' },
  argTypes: themeArgTypes,
  render: (args) => html`
    <paper-reviews
      api=${STORY_API}
      paper-id=${args['paper-id']}
      theme=${args.theme}
    ></paper-reviews>
  `,
};

export default meta;

type Story = StoryObj<ReviewsArgs>;

/** Two reviews and "Load more". */
export const Default: Story = {};

/** While the first page loads. */
export const Loading: Story = { args: { 'paper-id': LOADING } };

/** No reviews yet: the invitation to write the first. */
export const Empty: Story = { args: { 'paper-id': EMPTY } };

/** The server could not be reached; Retry loads again. */
// biome-ignore lint/suspicious/noShadowRestrictedNames: stories are named for the state they show.
export const Error: Story = { args: { 'paper-id': ERROR } };

/** Dark colours, forced with `theme="dark"`. */
export const Dark: Story = darkStory();

/** A narrow column, as in a sidebar. */
export const Narrow: Story = narrowStory(meta, 280);
