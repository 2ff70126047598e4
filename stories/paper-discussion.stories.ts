import {
  COMMENTS_PAGE_SIZE,
  type Comment,
  type Page,
  PaperframeError,
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

const comment = (n: number, extra: Partial<Comment> = {}): Comment => ({
  id: `com-${n}`,
  paperId: 'arxiv:2204.05862',
  author: {
    id: `user-${n}`,
    name: ['Ada Lovelace', 'שרה', 'Grace'][n % 3] ?? '',
  },
  kind: 'note',
  body: 'The win rates come from crowdworkers only.',
  parentId: null,
  replies: [],
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  ...extra,
});

/** Seeds the story session with a list that loads as `load` says. */
function seed(id: string, load: () => Promise<Page<Comment>>): string {
  return seedList(STORY_API, 'comments', id, COMMENTS_PAGE_SIZE, load, [
    'create',
    'edit',
    'remove',
    'report',
  ]);
}

const READY = seed('story:ready', async () => ({
  items: [
    comment(1, {
      kind: 'caveat',
      replies: [
        comment(2, {
          kind: 'replication',
          parentId: 'com-1',
          body: 'Replicated at smaller scale: https://example.org/replication',
        }),
      ],
    }),
    comment(3),
  ],
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
      kind: 'timeout',
      method: 'GET',
      url: `${STORY_API}/v1/papers/story:error/comments`,
    }),
  ),
);

interface DiscussionArgs {
  'paper-id': string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<DiscussionArgs> = {
  title: 'Elements/paper-discussion',
  component: 'paper-discussion',
  args: { 'paper-id': READY, theme: 'auto' },
  argTypes: themeArgTypes,
  render: (args) => html`
    <paper-discussion
      api=${STORY_API}
      paper-id=${args['paper-id']}
      theme=${args.theme}
    ></paper-discussion>
  `,
};

export default meta;

type Story = StoryObj<DiscussionArgs>;

/** A caveat with a replication reply, a note, and "Load more". */
export const Default: Story = {};

/** While the first page loads. */
export const Loading: Story = { args: { 'paper-id': LOADING } };

/** No comments yet: the invitation to start. */
export const Empty: Story = { args: { 'paper-id': EMPTY } };

/** The server took too long; Retry loads again. */
// biome-ignore lint/suspicious/noShadowRestrictedNames: stories are named for the state they show.
export const Error: Story = { args: { 'paper-id': ERROR } };

/** Dark colours, forced with `theme="dark"`. */
export const Dark: Story = darkStory();

/** A narrow column, as in a sidebar. */
export const Narrow: Story = narrowStory(meta, 280);
