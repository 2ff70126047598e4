import { getSession, type UserState } from '@paperframe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

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

/** Seeds a story-only session with a fixed reader and returns its URL. */
function reader(name: string, user: UserState): string {
  const api = `https://${name}.stories.paperframe.invalid`;
  getSession(api).store('auth', '', () => ({
    $user: fixed(user),
    signIn: () => Promise.resolve({ status: 'closed' }),
    signOut: () => Promise.resolve(),
  }));
  return api;
}

const SIGNED_IN = reader('account-in', {
  status: 'signed-in',
  user: { id: 'u1', name: 'Ada Reader' },
});
const SIGNED_OUT = reader('account-out', { status: 'signed-out' });
const EXPIRED = reader('account-expired', {
  status: 'signed-out',
  reason: 'expired',
});
const CHECKING = reader('account-checking', { status: 'checking' });

interface AccountArgs {
  api: string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<AccountArgs> = {
  title: 'Elements/paper-account',
  component: 'paper-account',
  args: { api: SIGNED_IN, theme: 'auto' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`
    <paper-account api=${args.api} theme=${args.theme}></paper-account>
  `,
};

export default meta;

type Story = StoryObj<AccountArgs>;

/** Who is signed in, with Sign out. */
export const Default: Story = {};

/** A "Log in" button for a signed-out reader. */
export const SignedOut: Story = { args: { api: SIGNED_OUT } };

/** The backend no longer accepted the kept token. */
export const Expired: Story = { args: { api: EXPIRED } };

/** While a kept token is being checked. */
export const Loading: Story = { args: { api: CHECKING } };
