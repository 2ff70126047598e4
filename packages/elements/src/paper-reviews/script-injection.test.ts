import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import {
  api,
  call,
  part,
  register,
  settled,
  signInAs,
  signOut,
  textOf,
} from '../../../../test/support/feedback-harness.js';
import {
  FORBIDDEN_TAGS,
  TRIPWIRE,
  XSS_PAYLOADS,
} from '../../../../test/support/xss-payloads.mjs';

const REVIEWED = 'openalex:W3030163527';
const DISCUSSED = 'openalex:W3195577433';
const SAVED = 'arxiv:2112.04426';

let fired: string[] = [];
(window as unknown as Record<string, unknown>)[TRIPWIRE] = () => {
  fired.push(new Error().stack ?? 'tripwire');
};

/** Every forbidden element inside `root`, as tag names. */
function activeElements(root: Element | null | undefined): string[] {
  if (!root) return [];
  return FORBIDDEN_TAGS.flatMap((tag) =>
    [...root.querySelectorAll(tag)].map(() => tag),
  );
}

/** Links whose href is anything but http(s). */
function unsafeLinks(root: Element | null | undefined): string[] {
  return [...(root?.querySelectorAll('a') ?? [])]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => !/^https?:\/\//.test(href));
}

/** The payloads split into chunks that fit a field's limit. */
function chunks(payloads: string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const payload of payloads) {
    const next = current ? `${current}\n\n${payload}` : payload;
    if (next.length > max && current) {
      out.push(current);
      current = payload;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

/** Removes the whitespace differences paragraphs and line breaks make. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('script injection', () => {
  beforeEach(() => {
    fired = [];
  });

  it(`shows ${XSS_PAYLOADS.length} payloads in a review as text and runs none`, async () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(100);
    const writer = await register('Injection Reviewer');
    const items = XSS_PAYLOADS.slice(0, 60);
    const posted = await call('POST', `v1/papers/${REVIEWED}/reviews`, writer, {
      summary: chunks(XSS_PAYLOADS.slice(60), 4900)[0],
      strengths: items.slice(0, 20),
      concerns: items.slice(20, 40),
      questions: items.slice(40, 60),
    });
    expect(posted.status).to.equal(201);

    const before = activeElements(document.documentElement).length;
    const el = await fixture(
      html`<paper-reviews api=${api} paper-id=${REVIEWED}></paper-reviews>`,
    );
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const list = part(el, 'list');
    const shown = squash(textOf(list));
    for (const payload of items) expect(shown).to.contain(squash(payload));
    expect(activeElements(list)).to.deep.equal([]);
    expect(unsafeLinks(list)).to.deep.equal([]);
    expect(activeElements(document.documentElement)).to.have.length(before);
    expect(fired).to.deep.equal([]);
  });

  it('shows every payload in comments, replies and display names as text', async () => {
    const writer = await register('Injection Commenter');
    const bodies = chunks(XSS_PAYLOADS, 9000);
    let first: string | undefined;
    for (const body of bodies) {
      const posted = await call(
        'POST',
        `v1/papers/${DISCUSSED}/comments`,
        writer,
        { kind: 'caveat', body, parentId: first ?? null },
      );
      expect(posted.status).to.equal(201);
      first ??= (posted.body as { id: string }).id;
    }

    // Display names: the payloads that fit the 100-character limit.
    const names = XSS_PAYLOADS.filter((p) => p.length <= 100).slice(0, 5);
    for (const name of names) {
      const named = await register(name);
      await call('POST', `v1/papers/${DISCUSSED}/comments`, named, {
        body: 'plain',
      });
    }

    const el = await fixture(
      html`<paper-discussion
        api=${api}
        paper-id=${DISCUSSED}
        page-size="50"
      ></paper-discussion>`,
    );
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const list = part(el, 'list');
    const shown = squash(textOf(list));
    for (const payload of XSS_PAYLOADS) {
      expect(shown).to.contain(squash(payload));
    }
    for (const name of names) expect(shown).to.contain(squash(name));
    expect(activeElements(list)).to.deep.equal([]);
    expect(unsafeLinks(list)).to.deep.equal([]);
    expect(fired).to.deep.equal([]);
  });

  it('shows payload collection names and display names in the reactions and account elements as text', async () => {
    const name = XSS_PAYLOADS.find((p) => p.includes('onerror')) ?? '';
    const collector = await register(name);
    const collectionNames = XSS_PAYLOADS.filter((p) => p.length <= 100).slice(
      0,
      30,
    );
    for (const collectionName of collectionNames) {
      const made = await call('POST', 'v1/me/collections', collector, {
        name: collectionName,
      });
      expect(made.status).to.equal(201);
      const { id } = made.body as { id: string };
      await call('PUT', `v1/me/collections/${id}/papers/${SAVED}`, collector);
    }
    await signInAs(collector);

    const host = await fixture(html`<div>
      <paper-account api=${api}></paper-account>
      <paper-reactions api=${api} paper-id=${SAVED}></paper-reactions>
    </div>`);
    const [account, reactions] = [...host.children];
    await waitUntil(
      () => textOf(part(reactions as Element, 'saved-in')) !== '',
      'the reactions never showed the collections',
      { timeout: 5000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    const savedIn = part(reactions as Element, 'saved-in');
    for (const collectionName of collectionNames) {
      expect(squash(textOf(savedIn))).to.contain(squash(collectionName));
    }
    expect(squash(textOf(part(account as Element, 'name')))).to.equal(
      squash(name),
    );
    expect(activeElements(savedIn)).to.deep.equal([]);
    expect(activeElements(part(account as Element, 'name'))).to.deep.equal([]);
    expect(fired).to.deep.equal([]);
    await signOut();
  });
});
