import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../define.js';
import {
  call,
  part,
  parts,
  register,
  show as showElement,
  signInAs,
  startClean,
  storedDrafts,
  textOf,
  type,
} from '../../../../test/support/feedback-harness.js';
import type { PaperDiscussion } from './paper-discussion.js';

const EMPTY = 'arxiv:1711.09050';
const THREAD = 'arxiv:2008.02275';
const DRAFTS = 'arxiv:2009.03300';

function show(paperId: string): Promise<PaperDiscussion> {
  return showElement<PaperDiscussion>('paper-discussion', paperId);
}

/** Opens the new-comment form, as a reader does with its button. */
async function openForm(el: PaperDiscussion): Promise<void> {
  part(el, 'open-form')?.click();
  await el.updateComplete;
}

function body(el: PaperDiscussion, form = 'new'): HTMLTextAreaElement | null {
  return (
    el.shadowRoot?.querySelector<HTMLTextAreaElement>(
      `form[data-form="${form}"] textarea[name="body"]`,
    ) ?? null
  );
}

function submitButton(el: PaperDiscussion, form = 'new'): HTMLButtonElement {
  const button = el.shadowRoot?.querySelector<HTMLButtonElement>(
    `form[data-form="${form}"] [part~="submit-button"]`,
  );
  if (!button) throw new Error(`no form ${form}`);
  return button;
}

describe('<paper-discussion>', () => {
  beforeEach(startClean);

  it('says "Paper not found" and offers no form for an unknown id', async () => {
    const el = await show('arxiv:0000.00001');

    expect(part(el, 'base')?.dataset.state).to.equal('not-found');
    expect(textOf(part(el, 'not-found'))).to.equal(
      'Paper not found No paper has the id “arxiv:0000.00001”.',
    );
    expect(part(el, 'invite')).to.equal(null);
    expect(part(el, 'open-form')).to.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the id is not valid for a malformed id', async () => {
    const el = await show('doi:not-a-doi');

    expect(part(el, 'base')?.dataset.state).to.equal('not-found');
    expect(textOf(part(el, 'not-found'))).to.match(
      /^Not a valid paper id “doi:not-a-doi” is not a paper id\./,
    );
    expect(part(el, 'open-form')).to.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('shows the empty state and the comment form', async () => {
    const el = await show(EMPTY);

    expect(part(el, 'base')?.dataset.state).to.equal('empty');
    expect(textOf(part(el, 'empty'))).to.contain(
      'No discussion yet. The first strong comment sets the tone.',
    );
    await openForm(el);
    const chips = parts(el, 'kind-chip').map(textOf);
    expect(chips).to.deep.equal(['Note', 'Caveat', 'Replication pointer']);
    await expect(el).to.be.accessible();
  });

  it('keeps the comment form behind an invitation until the reader opens it', async () => {
    const el = await show(EMPTY);

    expect(part(el, 'form')).to.equal(null);
    expect(textOf(part(el, 'invite'))).to.equal(
      'Add a high-signal comment Keep quick notes, caveats and replication pointers separate from formal reviews. Open comment form',
    );
    await expect(el).to.be.accessible();

    await openForm(el);
    expect(part(el, 'invite')).to.equal(null);
    expect(el.shadowRoot?.activeElement).to.equal(body(el));

    const cancel = [
      ...(part(el, 'form')?.querySelectorAll('button') ?? []),
    ].find((button) => textOf(button) === 'Cancel');
    cancel?.click();
    await el.updateComplete;
    expect(part(el, 'form')).to.equal(null);
    await waitUntil(
      () => el.shadowRoot?.activeElement === part(el, 'open-form'),
      'focus did not return to the button',
    );
  });

  it('says an empty comment cannot be posted', async () => {
    const el = await show(EMPTY);
    await openForm(el);
    submitButton(el).click();
    await el.updateComplete;
    expect(textOf(part(el, 'form'))).to.contain('Comment must not be empty.');
  });

  it('posts a caveat and a reply once each, with the count in step', async () => {
    const reader = await register('Grace Commenter');
    await signInAs(reader);
    const el = await show(THREAD);
    await openForm(el);

    type(body(el), 'Results depend on the reward model size.');
    el.shadowRoot
      ?.querySelector<HTMLInputElement>('input[value="caveat"]')
      ?.click();
    await el.updateComplete;
    const posted = oneEvent(el, 'paper-comment-submit');
    submitButton(el).click();
    submitButton(el).click();
    const { detail } = await posted;
    await el.updateComplete;

    expect(detail.parentId).to.equal(null);
    const comment = part(el, 'comment');
    expect(textOf(comment)).to.contain('Caveat');
    expect(textOf(comment)).to.contain('Grace Commenter');
    expect(textOf(comment)).to.contain('reward model size');
    expect(body(el)?.value).to.equal('');
    expect(storedDrafts()).to.deep.equal([]);

    part(el, 'reply-button')?.click();
    await el.updateComplete;
    const replyForm = `reply:${detail.commentId}`;
    type(body(el, replyForm), 'See the replication at https://example.org/r');
    await el.updateComplete;
    const replied = oneEvent(el, 'paper-comment-submit');
    submitButton(el, replyForm).click();
    expect((await replied).detail.parentId).to.equal(detail.commentId);
    await el.updateComplete;

    const reply = part(el, 'reply');
    expect(textOf(reply)).to.contain('See the replication');
    expect(reply?.querySelector('a')?.getAttribute('rel')).to.equal(
      'nofollow ugc noopener',
    );
    await waitUntil(() => textOf(part(el, 'count')).includes('2 comments'));

    const list = await call('GET', `v1/papers/${THREAD}/comments`);
    const items = (list.body as { items: { replies: unknown[] }[] }).items;
    expect(items).to.have.length(1);
    expect(items[0]?.replies).to.have.length(1);
  });

  it('restores a comment draft after a reload, with the form open', async () => {
    const el = await show(DRAFTS);
    await openForm(el);
    type(body(el), 'Unsent thought about the data');
    await el.updateComplete;
    el.remove();

    const again = await show(DRAFTS);
    await again.updateComplete;
    expect(body(again)?.value).to.equal('Unsent thought about the data');
    expect(textOf(part(again, 'form'))).to.contain(
      'Your unsent draft was restored.',
    );
  });

  it('asks a signed-out reader to sign in and keeps the text', async () => {
    const el = await show(DRAFTS);
    let asked = false;
    el.addEventListener('paper-login-request', (event) => {
      asked = true;
      // The host runs its own sign-in: no popup in this test.
      event.preventDefault();
    });
    await openForm(el);
    type(body(el), 'Posted while signed out');
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => part(el, 'form-error'), 'no sign-in prompt');

    expect(asked).to.equal(true);
    expect(textOf(part(el, 'form-error'))).to.contain('Sign in to post');
    expect(body(el)?.value).to.equal('Posted while signed out');
    expect(storedDrafts()).to.have.length(1);
  });
});
