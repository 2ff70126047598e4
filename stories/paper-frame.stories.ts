import { getSession } from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CENTRE, fixtureFetch } from './support/fixture-backend.js';

/** Stories answer from fixed data through a session of their own. */
const STORY_API = 'https://frame-stories.paperframe.invalid';
getSession(STORY_API, { fetch: fixtureFetch, retries: 0 });

interface FrameArgs {
  api: string;
  'paper-id': string;
}

const meta: Meta<FrameArgs> = {
  title: 'Elements/paper-frame',
  component: 'paper-frame',
  args: { api: STORY_API, 'paper-id': CENTRE },
  render: (args) => html`
    <paper-frame api=${args.api} paper-id=${args['paper-id']}>
      <paper-card></paper-card>
      <paper-reactions></paper-reactions>
    </paper-frame>
  `,
};

export default meta;

type Story = StoryObj<FrameArgs>;

/** A card and its reactions, told the backend and paper by one frame. */
export const Default: Story = {};
