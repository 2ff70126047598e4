import { getSession } from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  darkStory,
  narrowStory,
  themeArgTypes,
} from './support/story-states.js';
import { CENTRE, fixtureFetch } from './support/fixture-backend.js';

/** Stories answer from fixed data through a session of their own. */
const STORY_API = 'https://detail-stories.paperframe.invalid';
getSession(STORY_API, { fetch: fixtureFetch, retries: 0 });

interface DetailArgs {
  'paper-id': string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<DetailArgs> = {
  title: 'Elements/paper-detail',
  component: 'paper-detail',
  args: { 'paper-id': CENTRE, theme: 'auto' },
  argTypes: themeArgTypes,
  render: (args) => html`
    <paper-detail
      api=${STORY_API}
      paper-id=${args['paper-id']}
      theme=${args.theme}
    ></paper-detail>
  `,
};

export default meta;

type Story = StoryObj<DetailArgs>;

/** Every section for one paper, signed out. */
export const Default: Story = {};

/** Dark colours, forced with `theme="dark"`. */
export const Dark: Story = darkStory();

/** One 320 px column, as on a phone. */
export const Narrow: Story = narrowStory(meta, 320);
