import {
  type Collection,
  getSession,
  PaperframeError,
  type ReactionKind,
  type Reactions,
  type ResourceState,
  resourceStore,
  type UserState,
} from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  darkStory,
  narrowStory,
  themeArgTypes,
} from './support/story-states.js';

/**
 * Stories render from fixed store states, so they need no backend. Each
 * reader state has its own story-only base URL, because sign-in belongs to
 * a session.
 */
const SIGNED_IN = 'https://signed-in.stories.paperframe.invalid';
const SIGNED_OUT = 'https://signed-out.stories.paperframe.invalid';

const never = <T>() => new Promise<T>(() => {});

/** A store that always holds `value`, enough for an element to render. */
function fixed<T>(value: T) {
  return {
    get: () => value,
    listen: () => () => {},
    subscribe(listener: (value: T) => void) {
      listener(value);
      return () => {};
    },
  };
}
const accepted = () => Promise.resolve();

const kinds: ReactionKind[] = [
  {
    id: 'insightful',
    label: 'Insightful',
    description: 'Changed how I think.',
  },
  { id: 'rigorous', label: 'Rigorous', description: 'Careful methods.' },
  { id: 'reproducible', label: 'Reproducible' },
  { id: 'overclaimed', label: 'Overclaimed' },
];

const shelves: Collection[] = [
  {
    id: 'col-reading',
    name: 'Reading group',
    paperIds: ['story:saved'],
    createdAt: '2024-05-01T10:00:00.000Z',
  },
  {
    id: 'col-thesis',
    name: 'Thesis background',
    paperIds: [],
    createdAt: '2024-05-02T10:00:00.000Z',
  },
];

const counts = {
  likes: 12,
  dislikes: 1,
  saves: 41,
  kinds: { insightful: 7, rigorous: 3 },
};

/** Seeds a session with a reader and the vocabulary. */
function reader(api: string, user: UserState): void {
  const session = getSession(api);
  session.store('auth', '', () => ({
    $user: fixed(user),
    signIn: () => Promise.resolve({ status: 'closed' }),
    signOut: accepted,
  }));
  session.store('reaction-kinds', '', () =>
    resourceStore(never, { initial: { status: 'ready', data: kinds } }),
  );
  session.store('collections', '', () =>
    Object.assign(
      resourceStore(never, { initial: { status: 'ready', data: shelves } }),
      { create: never },
    ),
  );
}

reader(SIGNED_IN, {
  status: 'signed-in',
  user: { id: 'u1', name: 'Ada Reader' },
});
reader(SIGNED_OUT, { status: 'signed-out' });

/** Seeds one paper's reactions with a fixed state. */
function seed(
  api: string,
  id: string,
  state: ResourceState<Reactions>,
  pending = false,
): string {
  getSession(api).store('reactions', id, () =>
    Object.assign(resourceStore(never, { initial: state }), {
      $pending: fixed(pending),
      setVote: accepted,
      setKinds: accepted,
      setSaved: accepted,
    }),
  );
  return id;
}

const mine = { vote: 'like' as const, kinds: ['rigorous'], collections: [] };

const READY = seed(SIGNED_IN, 'story:ready', {
  status: 'ready',
  data: { counts, mine },
});
const SAVED = seed(SIGNED_IN, 'story:saved', {
  status: 'ready',
  data: { counts, mine: { ...mine, collections: ['col-reading'] } },
});
const PENDING = seed(
  SIGNED_IN,
  'story:pending',
  { status: 'ready', data: { counts, mine } },
  true,
);
const LOADING = seed(SIGNED_IN, 'story:loading', { status: 'loading' });
const ERROR = seed(SIGNED_IN, 'story:error', {
  status: 'error',
  error: new PaperframeError({
    kind: 'network',
    method: 'GET',
    url: `${SIGNED_IN}/v1/papers/story:error/reactions`,
  }),
});
const OUT = seed(SIGNED_OUT, 'story:signed-out', {
  status: 'ready',
  data: { counts, mine: null },
});

interface ReactionsArgs {
  api: string;
  'paper-id': string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<ReactionsArgs> = {
  title: 'Elements/paper-reactions',
  component: 'paper-reactions',
  args: { api: SIGNED_IN, 'paper-id': READY, theme: 'auto' },
  argTypes: themeArgTypes,
  render: (args) => html`
    <paper-reactions
      api=${args.api}
      paper-id=${args['paper-id']}
      theme=${args.theme}
    ></paper-reactions>
  `,
};

export default meta;

type Story = StoryObj<ReactionsArgs>;

/** A signed-in reader who liked the paper and found it rigorous. */
export const Default: Story = {};

/** Saved in a collection; the save button opens the collections picker. */
export const Saved: Story = { args: { 'paper-id': SAVED } };

/** Counts for everyone, and "Log in to curate" for a signed-out reader. */
export const SignedOut: Story = {
  args: { api: SIGNED_OUT, 'paper-id': OUT },
};

/** A change the server has not confirmed yet. */
export const Pending: Story = { args: { 'paper-id': PENDING } };

/** The placeholder shown while the reactions load. */
export const Loading: Story = { args: { 'paper-id': LOADING } };

/** The reactions could not be loaded; Retry loads again. */
// biome-ignore lint/suspicious/noShadowRestrictedNames: stories are named for the state they show.
export const Error: Story = { args: { 'paper-id': ERROR } };

/** Dark colours, forced with `theme="dark"`. */
export const Dark: Story = darkStory();

/** A narrow column, as in a sidebar. */
export const Narrow: Story = narrowStory(meta, 240);
