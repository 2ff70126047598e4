import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { auth, getSession, type Session } from '@paperframe/core';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { PaperAccount } from '../paper-account/paper-account.js';
import type { PaperReactions } from './paper-reactions.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';
// A second name for the same server gives a session of its own, whose
// fetch can inject faults the real server never produces.
const faultyApi = api.replace('127.0.0.1', 'localhost');

const RLHF = 'arxiv:2204.05862';
const GPT3 = 'arxiv:2005.14165';
const FOUNDATION = 'arxiv:2108.07258';

type Fault = (request: Request) => Promise<Response> | undefined;
let fault: Fault | undefined;
const faulty = getSession(faultyApi, {
  retries: 0,
  fetch: (input, init) => {
    const request = new Request(input, init);
    return fault?.(request) ?? fetch(request);
  },
});

let readers = 0;

/** Registers a new reader through the real API and signs the session in. */
async function signIn(session: Session): Promise<string> {
  const response = await fetch(`${api}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `reactions-${Date.now()}-${++readers}@example.org`,
      password: 'correct horse battery',
      name: `Reader ${readers}`,
    }),
  });
  const { token } = (await response.json()) as { token: string };
  const name = `Reader ${readers}`;
  auth(session).useToken(token);
  await waitUntil(() => {
    const state = auth(session).$user.get();
    return state.status === 'signed-in' && state.user.name === name;
  }, 'the reader was never signed in');
  return token;
}

/** What the server says about a paper, as the reader with `token`. */
async function serverReactions(id: string, token?: string) {
  const response = await fetch(`${api}/v1/papers/${id}/reactions`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return response.json();
}

function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

function text(el: Element, name: string): string {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function count(el: Element, button: string): number {
  const shown = part(el, button)?.querySelector('[part~="count"]');
  return Number(shown?.textContent?.replace(/,/g, ''));
}

function pressed(el: Element, button: string): string | null | undefined {
  return part(el, button)?.getAttribute('aria-pressed');
}

async function ready(el: PaperReactions, signedIn = true): Promise<void> {
  await waitUntil(
    () =>
      part(el, 'base')?.dataset.state === 'ready' &&
      (!signedIn || !part(el, 'login-button')),
    'the reactions never became ready',
    { timeout: 5000 },
  );
}

function problem(status: number, headers: Record<string, string> = {}) {
  return new Response(
    JSON.stringify({ title: 'Refused', status, detail: 'Refused.' }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );
}

const isWrite = (request: Request) => request.method !== 'GET';

describe('<paper-reactions>', () => {
  afterEach(() => {
    fault = undefined;
  });

  it('shows counts and "Log in to curate" to a signed-out reader', async () => {
    getSession(api).setToken(null);
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${RLHF}></paper-reactions>`,
    );
    await ready(el, false);

    const server = await serverReactions(RLHF);
    expect(count(el, 'like-button')).to.equal(server.counts.likes);
    expect(count(el, 'save-button')).to.equal(server.counts.saves);
    expect(pressed(el, 'like-button')).to.equal('false');
    expect(text(el, 'login-button')).to.equal('Log in to curate');
    await expect(el).to.be.accessible();
  });

  it('asks to log in on a click, then completes the like once signed in', async () => {
    const session = getSession(api);
    session.setToken(null);
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${GPT3}></paper-reactions>`,
    );
    await ready(el, false);
    const before = count(el, 'like-button');

    // The host runs its own sign-in, so no popup opens.
    el.addEventListener('paper-login-request', (e) => e.preventDefault(), {
      once: true,
    });
    setTimeout(() => part(el, 'like-button')?.click());
    const request = await oneEvent(el, 'paper-login-request');
    expect(request.detail).to.include({ action: 'like', paperId: GPT3 });

    const accepted = oneEvent(el, 'paper-reaction-change');
    const token = await signIn(session);
    await waitUntil(() => pressed(el, 'like-button') === 'true');
    expect(count(el, 'like-button')).to.equal(before + 1);
    await accepted;
    const server = await serverReactions(GPT3, token);
    expect(server.mine.vote).to.equal('like');
  });

  it('likes, switches to dislike, and clears the vote again', async () => {
    const token = await signIn(getSession(api));
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${RLHF}></paper-reactions>`,
    );
    await ready(el);
    const likes = count(el, 'like-button');
    const dislikes = count(el, 'dislike-button');

    part(el, 'like-button')?.click();
    await el.updateComplete;
    expect(pressed(el, 'like-button')).to.equal('true');
    expect(count(el, 'like-button')).to.equal(likes + 1);

    part(el, 'dislike-button')?.click();
    await el.updateComplete;
    expect(pressed(el, 'like-button')).to.equal('false');
    expect(pressed(el, 'dislike-button')).to.equal('true');
    expect(count(el, 'like-button')).to.equal(likes);
    expect(count(el, 'dislike-button')).to.equal(dislikes + 1);

    part(el, 'dislike-button')?.click();
    const change = await oneEvent(el, 'paper-reaction-change');
    expect(change.detail.vote).to.equal('none');
    expect(pressed(el, 'dislike-button')).to.equal('false');
    expect((await serverReactions(RLHF, token)).mine.vote).to.equal('none');
  });

  it('keeps the screen and the server in agreement after fast clicks', async () => {
    const token = await signIn(getSession(api));
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${FOUNDATION}></paper-reactions>`,
    );
    await ready(el);

    for (let i = 0; i < 7; i++) part(el, 'like-button')?.click();
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('Saving your change…');
    await waitUntil(() => text(el, 'status') === '', 'never saved', {
      timeout: 4000,
    });

    const server = await serverReactions(FOUNDATION, token);
    expect(server.mine.vote).to.equal('like');
    expect(pressed(el, 'like-button')).to.equal('true');
    expect(count(el, 'like-button')).to.equal(server.counts.likes);
  });

  it('keeps two widgets and the card in step', async () => {
    await signIn(getSession(api));
    const page = await fixture<HTMLElement>(html`<div>
      <paper-card api=${api} paper-id=${RLHF}></paper-card>
      <paper-reactions api=${api} paper-id=${RLHF}></paper-reactions>
      <paper-reactions api=${api} paper-id=${RLHF}></paper-reactions>
    </div>`);
    const [one, two] = [
      ...page.querySelectorAll<PaperReactions>('paper-reactions'),
    ] as [PaperReactions, PaperReactions];
    const card = page.querySelector('paper-card') as HTMLElement;
    await ready(one);
    await ready(two);
    await waitUntil(() => part(card, 'saves'), 'the card never loaded');
    const saves = count(one, 'save-button');

    part(one, 'save-button')?.click();
    await one.updateComplete;
    const checkbox = part(one, 'collection')?.querySelector('input');
    checkbox?.click();
    await two.updateComplete;

    expect(pressed(two, 'save-button')).to.equal('true');
    expect(count(two, 'save-button')).to.equal(saves + 1);
    await oneEvent(one, 'paper-save-change');
    await waitUntil(
      () => Number(text(card, 'saves').replace(/\D/g, '')) === saves + 1,
      'the card never counted the save',
    );
  });

  it('saves into a new collection and adds a specific reaction', async () => {
    const token = await signIn(getSession(api));
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${GPT3}></paper-reactions>`,
    );
    await ready(el);

    part(el, 'save-button')?.click();
    await el.updateComplete;
    const input = part(el, 'collection-input') as HTMLInputElement;
    input.value = 'Alignment reading group';
    part(el, 'create-button')?.click();
    const saved = await oneEvent(el, 'paper-save-change');
    expect(saved.detail.saved).to.equal(true);
    await waitUntil(() => text(el, 'saved-in').includes('Alignment reading'));

    part(el, 'add-kind-button')?.click();
    await el.updateComplete;
    const option = el.shadowRoot?.querySelector<HTMLElement>(
      '[part~="kind-option"][data-kind="rigorous"]',
    );
    option?.click();
    await oneEvent(el, 'paper-reaction-change');
    const chip = el.shadowRoot?.querySelector(
      '[part~="kind-chip"][data-kind="rigorous"]',
    );
    expect(chip?.getAttribute('aria-pressed')).to.equal('true');

    const server = await serverReactions(GPT3, token);
    expect(server.mine.kinds).to.deep.equal(['rigorous']);
    expect(server.mine.collections).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the change as pending until the server answers', async () => {
    await signIn(faulty);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fault = (request) =>
      isWrite(request) ? held.then(() => fetch(request)) : undefined;
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${faultyApi} paper-id=${RLHF}></paper-reactions>`,
    );
    await ready(el);

    part(el, 'like-button')?.click();
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('Saving your change…');
    expect(part(el, 'base')?.getAttribute('aria-busy')).to.equal('true');

    release();
    await waitUntil(() => text(el, 'status') === '');
    expect(pressed(el, 'like-button')).to.equal('true');
  });

  it('undoes the change and says so when the server fails', async () => {
    await signIn(faulty);
    fault = (request) =>
      isWrite(request) ? Promise.resolve(problem(500)) : undefined;
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${faultyApi} paper-id=${GPT3}></paper-reactions>`,
    );
    await ready(el);
    const likes = count(el, 'like-button');
    const vote = pressed(el, 'like-button');

    part(el, 'like-button')?.click();
    await waitUntil(() => text(el, 'error') !== '');
    expect(text(el, 'error')).to.equal(
      'Your change was undone: the server failed (error 500). Try again later.',
    );
    expect(pressed(el, 'like-button')).to.equal(vote);
    expect(count(el, 'like-button')).to.equal(likes);
  });

  it('says when to retry after too many changes', async () => {
    await signIn(faulty);
    fault = (request) =>
      isWrite(request)
        ? Promise.resolve(problem(429, { 'retry-after': '30' }))
        : undefined;
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${faultyApi} paper-id=${FOUNDATION}></paper-reactions>`,
    );
    await ready(el);

    part(el, 'dislike-button')?.click();
    await waitUntil(() => text(el, 'error') !== '');
    expect(text(el, 'error')).to.equal(
      'Your change was undone: too many changes in a short time. Try again in 30 seconds.',
    );
    expect(pressed(el, 'dislike-button')).to.equal('false');
  });

  it('rolls back without an uncaught error when the server is down', async () => {
    await signIn(faulty);
    const uncaught: unknown[] = [];
    const onError = (event: Event) => uncaught.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${faultyApi} paper-id=${RLHF}></paper-reactions>`,
    );
    await ready(el);
    fault = () => Promise.reject(new TypeError('Failed to fetch'));
    const saves = count(el, 'save-button');

    part(el, 'save-button')?.click();
    await el.updateComplete;
    part(el, 'collection')?.querySelector('input')?.click();
    await waitUntil(() => text(el, 'error') !== '');

    expect(text(el, 'error')).to.contain('the server could not be reached');
    expect(count(el, 'save-button')).to.equal(saves);
    expect(pressed(el, 'save-button')).to.equal('false');
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(uncaught).to.have.length(0);
  });
});

/** The part that has keyboard focus inside `el`, or "none". */
function focused(el: Element): string {
  return el.shadowRoot?.activeElement?.getAttribute('part') ?? 'none';
}

describe('<paper-reactions> by keyboard', () => {
  const DPO = 'arxiv:2305.18290';

  it('returns focus to Save when Esc closes the collections picker', async () => {
    await signIn(getSession(api));
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${DPO}></paper-reactions>`,
    );
    await ready(el);

    part(el, 'save-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'collections'), 'the picker never opened');
    part(el, 'collection')?.querySelector('input')?.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;

    expect(part(el, 'collections')).to.equal(null);
    expect(focused(el)).to.equal('save-button');
    expect(document.activeElement).to.equal(el);
  });

  it('returns focus to Add when Esc closes the reaction picker', async () => {
    await signIn(getSession(api));
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${DPO}></paper-reactions>`,
    );
    await ready(el);

    part(el, 'add-kind-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'kind-option'), 'the picker never opened');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('kind-option');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;

    expect(part(el, 'kind-picker')).to.equal(null);
    expect(focused(el)).to.equal('add-kind-button');
  });

  it('returns focus to Add after a reaction is picked with Enter', async () => {
    await signIn(getSession(api));
    const el = await fixture<PaperReactions>(
      html`<paper-reactions api=${api} paper-id=${DPO}></paper-reactions>`,
    );
    await ready(el);

    part(el, 'add-kind-button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'kind-option'), 'the picker never opened');
    const option = part(el, 'kind-option') as HTMLElement;
    const kind = option.dataset.kind;
    option.focus();
    const changed = oneEvent(el, 'paper-reaction-change');
    await sendKeys({ press: 'Enter' });
    await changed;

    expect(part(el, 'kind-picker')).to.equal(null);
    const chip = el.shadowRoot?.querySelector(
      `[part~="kind-chip"][data-kind="${kind}"]`,
    );
    expect(chip?.getAttribute('aria-pressed')).to.equal('true');
    expect(focused(el)).to.equal('add-kind-button');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'kind-option'), 'it never opened again');
  });
});

describe('<paper-reactions> with a host token provider', () => {
  it('never opens a popup and completes the action once the host signs in', async () => {
    faulty.setToken(null);
    let hostToken: string | null = null;
    faulty.setTokenProvider(() => hostToken);
    const opened: unknown[] = [];
    const open = window.open;
    window.open = (...args) => {
      opened.push(args);
      return null;
    };
    try {
      await auth(faulty).refresh();
      const el = await fixture<PaperReactions>(
        html`<paper-reactions api=${faultyApi} paper-id=${GPT3}></paper-reactions>`,
      );
      await waitUntil(() => part(el, 'login-button'), 'never signed out', {
        timeout: 4000,
      });

      part(el, 'dislike-button')?.click();
      await waitUntil(() => text(el, 'notice') !== '');
      expect(text(el, 'notice')).to.equal('Sign in on this site to curate.');
      expect(opened).to.have.length(0);

      const response = await fetch(`${api}/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: `host-${Date.now()}@example.org`,
          password: 'correct horse battery',
          name: 'Host reader',
        }),
      });
      hostToken = ((await response.json()) as { token: string }).token;
      await auth(faulty).refresh();
      await waitUntil(
        () => pressed(el, 'dislike-button') === 'true',
        'the dislike never completed',
        { timeout: 4000 },
      );
      expect(part(el, 'login-button')).to.equal(null);
    } finally {
      window.open = open;
      faulty.setTokenProvider(null);
    }
  });
});

describe('<paper-account>', () => {
  it('shows who is signed in and signs every element out', async () => {
    const session = getSession(api);
    await signIn(session);
    const page = await fixture<HTMLElement>(html`<div>
      <paper-account api=${api}></paper-account>
      <paper-reactions api=${api} paper-id=${RLHF}></paper-reactions>
    </div>`);
    const account = page.querySelector('paper-account') as PaperAccount;
    const el = page.querySelector('paper-reactions') as PaperReactions;
    await ready(el);
    await waitUntil(() => text(account, 'user').startsWith('Signed in as'));

    setTimeout(() => part(account, 'sign-out-button')?.click());
    await oneEvent(account, 'paper-sign-out');
    await waitUntil(() => text(el, 'login-button') === 'Log in to curate');
    expect(part(account, 'login-button')).to.exist;
    expect(session.$token.get()).to.equal(null);
  });

  it('signs out with a message when the token was revoked', async () => {
    const session = getSession(api);
    const token = await signIn(session);
    await fetch(`${api}/v1/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    const account = await fixture<PaperAccount>(
      html`<paper-account api=${api}></paper-account>`,
    );

    await auth(session).refresh();
    await waitUntil(() => text(account, 'message') !== '');
    expect(text(account, 'message')).to.equal(
      'Your session expired. Log in again to curate.',
    );
    await expect(account).to.be.accessible();
  });
});
