import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/define.js';
import {
  api,
  call,
  register,
  signInAs,
  signOut,
  textOf,
} from '../support/feedback-harness.js';

const LONG = 'W'.repeat(79);
const PAPER = 'arxiv:2009.03300';

/** The widest point of `root`'s content, shadow roots included. */
function widest(root: Element): number {
  let max = root.getBoundingClientRect().right;
  const walk = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      max = Math.max(max, child.getBoundingClientRect().right);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return max - root.getBoundingClientRect().left;
}

describe('one long unbroken name', () => {
  after(() => signOut());

  it('wraps inside 320 px in <paper-account> and <paper-reactions>', async () => {
    const reader = await register(LONG);
    const created = await call('POST', 'v1/me/collections', reader, {
      name: `C${LONG}`,
    });
    const { id } = created.body as { id: string };
    await call('PUT', `v1/me/collections/${id}/papers/${PAPER}`, reader);
    await signInAs(reader);

    const column = await fixture<HTMLDivElement>(html`
      <div style="width: 320px">
        <paper-account api=${api}></paper-account>
        <paper-reactions api=${api} paper-id=${PAPER}></paper-reactions>
      </div>
    `);
    const account = column.querySelector('paper-account') as HTMLElement;
    const reactions = column.querySelector('paper-reactions') as HTMLElement;
    await waitUntil(
      () => textOf(account.shadowRoot?.firstElementChild).includes('WWWW'),
      'the account never showed the name',
    );
    await waitUntil(
      () =>
        textOf(reactions.shadowRoot?.querySelector('[part~="saved-in"]')) !==
        '',
      'the reactions never showed the collection',
    );

    expect(widest(column)).to.be.at.most(321);
  });
});
