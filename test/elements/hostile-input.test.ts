import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Graph } from '@paperframe/core';
import '@paperframe/elements/define.js';
import { isReady } from '../support/element-states.js';
import { type FaultyBackend, faultyBackend } from '../support/fault-backend.js';
import {
  api,
  call,
  part,
  parts,
  register,
  signInAs,
  signOut,
} from '../support/feedback-harness.js';
import {
  activeContent,
  armTripwire,
  deepText,
  fired,
  HOSTILE_URLS,
  poisonGraph,
  poisonPapers,
  squash,
  tagNames,
} from '../support/hostile-content.js';
import { FORBIDDEN_TAGS, XSS_PAYLOADS } from '../support/xss-payloads.mjs';

const PAPER = 'arxiv:2204.05862';
const REVIEWED = 'arxiv:2106.09022';
const DISCUSSED = 'arxiv:2201.08239';
const SAVED = 'arxiv:2110.08193';

armTripwire();

/** A backend whose imported papers and graphs carry the payloads. */
async function hostileImport(): Promise<FaultyBackend> {
  const backend = await faultyBackend({ timeout: 5000 });
  backend.override = (path, body) =>
    /\/graph(\?|$)/.test(path)
      ? poisonGraph(body as Graph)
      : poisonPapers(body);
  return backend;
}

/** Opens every collapsed section of a card. */
async function expandCard(card: Element): Promise<void> {
  for (const name of ['authors-toggle', 'abstract-toggle']) {
    part(card, name)?.click();
  }
  part(card, 'institutions-toggle')?.click();
  await (card as HTMLElement & { updateComplete: Promise<unknown> })
    .updateComplete;
}

/** Tag names the clean render of the same markup has. */
async function cleanTags(
  render: (backendApi: string) => ReturnType<typeof html>,
  ready: (page: HTMLElement) => boolean,
): Promise<Set<string>> {
  const page = await fixture<HTMLElement>(render(api));
  await waitUntil(() => ready(page), 'the clean render never finished', {
    timeout: 8000,
  });
  return tagNames(page);
}

/** Tags a payload tries to create that only appeared under hostile data. */
function newTags(page: ParentNode, clean: Set<string>): string[] {
  return [...tagNames(page)].filter(
    (tag) => FORBIDDEN_TAGS.includes(tag) && !clean.has(tag),
  );
}

/** The payloads that are not shown as text under `root`. */
function missing(root: Element, payloads: readonly string[]): string[] {
  const text = deepText(root);
  return payloads.filter((payload) => !text.includes(squash(payload)));
}

describe('hostile input', () => {
  let tried = 0;

  beforeEach(() => {
    fired.length = 0;
  });

  afterEach(() => {
    expect(fired, 'a payload ran').to.deep.equal([]);
  });

  after(() => {
    console.log(
      `hostile input: ${XSS_PAYLOADS.length} payloads × ${tried} fields = ${XSS_PAYLOADS.length * tried} payload-field pairs, plus ${HOSTILE_URLS.length} hostile URLs in 4 link fields`,
    );
  });

  it('shows imported titles, abstracts, authors, institutions and topics on <paper-card> as text', async () => {
    tried += 6;
    const render = (at: string) =>
      html`<div><paper-card api=${at} paper-id=${PAPER}></paper-card></div>`;
    const clean = await cleanTags(render, (page) =>
      isReady(page.firstElementChild as Element, 'paper-card'),
    );

    const backend = await hostileImport();
    const page = await fixture<HTMLElement>(render(backend.api));
    const card = page.firstElementChild as Element;
    await waitUntil(() => isReady(card, 'paper-card'), 'no hostile card', {
      timeout: 5000,
    });
    await expandCard(card);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(missing(card, XSS_PAYLOADS), 'payloads not shown').to.deep.equal([]);
    expect(activeContent(page)).to.deep.equal([]);
    expect(newTags(page, clean)).to.deep.equal([]);
    expect(part(card, 'title-link'), 'a javascript: landing page').to.equal(
      null,
    );
    expect(part(card, 'code')?.localName).to.equal('span');
  });

  it('shows imported labels in the research map list view, side panel and explorer search as text', async () => {
    tried += 4;
    const render = (at: string) =>
      html`<div><research-map api=${at} paper-id=${PAPER}></research-map></div>`;
    const clean = await cleanTags(render, (page) =>
      isReady(page.firstElementChild as Element, 'research-map'),
    );

    const backend = await hostileImport();
    const page = await fixture<HTMLElement>(render(backend.api));
    const map = page.firstElementChild as Element;
    await waitUntil(() => isReady(map, 'research-map'), 'no hostile map', {
      timeout: 8000,
    });

    part(map, 'view-toggle')?.click();
    await waitUntil(() => part(map, 'list') !== null, 'no list view');
    expect(missing(part(map, 'list') as Element, XSS_PAYLOADS)).to.deep.equal(
      [],
    );

    // Select every hostile node, so the side panel shows each label.
    const buttons = () => [
      ...(map.shadowRoot?.querySelectorAll<HTMLElement>(
        '.list button[data-node-id^="hostile:"]',
      ) ?? []),
    ];
    expect(buttons()).to.have.length(XSS_PAYLOADS.length);
    const shownInPanel: string[] = [];
    for (let i = 0; i < XSS_PAYLOADS.length; i++) {
      buttons()[i]?.click();
      await (map as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
      shownInPanel.push(
        part(map, 'panel')?.querySelector('h3')?.textContent ?? '',
      );
      expect(activeContent(part(map, 'panel') as Element)).to.deep.equal([]);
    }
    // The list groups nodes by kind, so the order differs from the corpus.
    expect(shownInPanel.sort()).to.deep.equal([...XSS_PAYLOADS].sort());

    part(map, 'explorer-button')?.click();
    const search = part(map, 'search') as HTMLInputElement;
    for (const payload of XSS_PAYLOADS.slice(0, 40)) {
      search.value = payload;
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await (map as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(activeContent(page)).to.deep.equal([]);
    expect(newTags(page, clean)).to.deep.equal([]);
    part(map, 'close-button')?.click();
  });

  it('keeps hostile imported data inert across the whole <paper-detail>', async () => {
    const backend = await hostileImport();
    const page = await fixture<HTMLElement>(
      html`<div><paper-detail api=${backend.api} paper-id=${PAPER}></paper-detail></div>`,
    );
    const detail = page.firstElementChild as Element;
    const card = detail.shadowRoot?.querySelector('paper-card') as Element;
    const map = detail.shadowRoot?.querySelector('research-map') as Element;
    await waitUntil(
      () => isReady(card, 'paper-card') && isReady(map, 'research-map'),
      'the hostile detail never rendered',
      { timeout: 8000 },
    );
    await expandCard(card);
    part(map, 'view-toggle')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(missing(card, XSS_PAYLOADS)).to.deep.equal([]);
    expect(missing(map, XSS_PAYLOADS)).to.deep.equal([]);
    expect(activeContent(page)).to.deep.equal([]);
  });

  it('shows payloads in reviews, comments, collection names and display names as text', async () => {
    tried += 4;
    const names = XSS_PAYLOADS.filter((p) => p.length <= 100).slice(0, 12);
    const writers = await Promise.all(names.map((name) => register(name)));

    // Every payload in a review field, spread over the writers' reviews.
    const perReview = Math.ceil(XSS_PAYLOADS.length / writers.length);
    for (const [i, writer] of writers.entries()) {
      const mine = XSS_PAYLOADS.slice(i * perReview, (i + 1) * perReview);
      if (mine.length === 0) continue;
      const posted = await call(
        'POST',
        `v1/papers/${REVIEWED}/reviews`,
        writer,
        {
          summary: mine.join('\n'),
          strengths: mine.slice(0, 20),
          concerns: mine.slice(0, 20),
          questions: mine.slice(0, 20),
        },
      );
      expect(posted.status, 'review').to.equal(201);
      const comment = await call(
        'POST',
        `v1/papers/${DISCUSSED}/comments`,
        writer,
        {
          kind: 'caveat',
          body: mine.join('\n'),
        },
      );
      expect(comment.status, 'comment').to.equal(201);
    }

    const collector = writers[0];
    if (!collector) throw new Error('no writer');
    const collectionNames = XSS_PAYLOADS.filter((p) => p.length <= 100);
    for (const name of collectionNames) {
      const made = await call('POST', 'v1/me/collections', collector, { name });
      expect(made.status, 'collection').to.equal(201);
      const { id } = made.body as { id: string };
      await call('PUT', `v1/me/collections/${id}/papers/${SAVED}`, collector);
    }
    await signInAs(collector);

    const page = await fixture<HTMLElement>(html`<div>
      <paper-account api=${api}></paper-account>
      <paper-reactions api=${api} paper-id=${SAVED}></paper-reactions>
      <paper-reviews api=${api} paper-id=${REVIEWED} page-size="50"></paper-reviews>
      <paper-discussion api=${api} paper-id=${DISCUSSED} page-size="50"></paper-discussion>
    </div>`);
    const [account, reactions, reviews, discussion] = [...page.children] as [
      Element,
      Element,
      Element,
      Element,
    ];
    await waitUntil(
      () =>
        isReady(reviews, 'paper-reviews') &&
        isReady(discussion, 'paper-discussion') &&
        parts(reactions, 'saved-in').length > 0,
      'the feedback never loaded',
      { timeout: 8000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(missing(reviews, XSS_PAYLOADS), 'in reviews').to.deep.equal([]);
    expect(missing(discussion, XSS_PAYLOADS), 'in comments').to.deep.equal([]);
    expect(missing(reviews, names), 'reviewer names').to.deep.equal([]);
    expect(missing(discussion, names), 'commenter names').to.deep.equal([]);
    expect(
      missing(part(reactions, 'saved-in') as Element, collectionNames),
      'collection names',
    ).to.deep.equal([]);
    expect(deepText(account)).to.contain(squash(collector.user.name));
    expect(activeContent(page)).to.deep.equal([]);
    await signOut();
  });
});
