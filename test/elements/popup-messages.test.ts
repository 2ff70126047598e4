import { expect, fixture, html } from '@open-wc/testing';
import { openSignInPopup } from '../../packages/core/src/auth/popup.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';
const user = { id: 'usr_x', name: 'Reader' };
const message = { type: 'paperframe:auth', token: 'tok', user };

/** Settles with the outcome, or with 'pending' after `ms`. */
function within(outcome: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([
    outcome,
    new Promise((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);
}

describe('the sign-in popup’s message', () => {
  const open = window.open;
  after(() => {
    window.open = open;
  });

  it('counts only from the backend’s origin, from that window, in the expected shape', async () => {
    // Stand-ins for the popup window and for another window on the page.
    const frames = await fixture<HTMLDivElement>(
      html`<div><iframe title="popup"></iframe><iframe title="other"></iframe></div>`,
    );
    const [popup, other] = [...frames.querySelectorAll('iframe')].map(
      (frame) => frame.contentWindow as Window,
    );
    window.open = () => popup as Window;

    const opened = openSignInPopup(api)!;
    const backend = new URL(api).origin;
    const post = (data: unknown, origin: string, source: Window) =>
      window.dispatchEvent(
        new MessageEvent('message', { data, origin, source }),
      );

    post(message, 'https://evil.example', popup!);
    post(message, backend, other!);
    post({ ...message, type: 'other' }, backend, popup!);
    post({ type: 'paperframe:auth', token: 42, user }, backend, popup!);
    expect(await within(opened.outcome, 100)).to.equal('pending');

    post(message, backend, popup!);
    expect(await within(opened.outcome, 100)).to.deep.equal({
      status: 'signed-in',
      token: 'tok',
      user,
    });
  });
});
