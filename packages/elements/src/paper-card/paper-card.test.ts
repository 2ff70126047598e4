import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { PaperCard } from './paper-card.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

const RLHF = 'arxiv:2204.05862';

/** Waits until the card leaves its loading state and returns its base. */
async function settled(card: PaperCard): Promise<HTMLElement> {
  await waitUntil(
    () => base(card)?.dataset.state !== 'loading',
    'the card never left its loading state',
    { timeout: 4000 },
  );
  return base(card) as HTMLElement;
}

function base(card: PaperCard): HTMLElement | null | undefined {
  return card.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
}

function part(card: PaperCard, name: string): HTMLElement | null {
  return card.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

function text(card: PaperCard, name: string): string {
  return part(card, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Requests to /v1/papers this page made for one id, seen by the browser. */
function paperRequests(id: string): string[] {
  const encoded = encodeURIComponent(id);
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/v1/papers'))
    .filter((url) => url.includes(encoded) || url.includes(id));
}

describe('<paper-card>', () => {
  it('shows the RLHF paper with authors, year, type and open access', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id=${RLHF}></paper-card>`,
    );
    await settled(card);

    expect(text(card, 'title')).to.contain(
      'Training a Helpful and Harmless Assistant',
    );
    expect(text(card, 'authors')).to.match(/^Yuntao Bai, /);
    expect(text(card, 'authors')).to.contain('et al.');
    expect(text(card, 'year')).to.equal('2022');
    expect(text(card, 'type')).to.equal('Preprint');
    expect(text(card, 'open-access')).to.equal('Open access');
    expect(part(card, 'open-access')?.getAttribute('href')).to.match(
      /^https?:\/\//,
    );
    expect(part(card, 'title-link')?.getAttribute('href')).to.match(
      /^https?:\/\//,
    );
    await expect(card).to.be.accessible();
  });

  it('shows "No code" and "No dataset" when the paper has no links', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id=${RLHF}></paper-card>`,
    );
    await settled(card);

    expect(text(card, 'code')).to.equal('No code');
    expect(text(card, 'dataset')).to.equal('No dataset');
    expect(text(card, 'citations')).to.match(/^[\d,]+ citations?$/);
  });

  it('expands the authors, the abstract and the institutions', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id=${RLHF}></paper-card>`,
    );
    await settled(card);
    const before = text(card, 'authors').split(',').length;

    const toggle = part(card, 'authors-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => toggle.click());
    const event = await oneEvent(card, 'paper-expand-change');
    await card.updateComplete;

    expect(event.detail).to.deep.equal({
      paperId: RLHF,
      section: 'authors',
      expanded: true,
    });
    expect(text(card, 'authors').split(',').length).to.be.greaterThan(before);

    const more = part(card, 'abstract-toggle') as HTMLButtonElement;
    expect(more.textContent?.trim()).to.equal('Show more');
    more.click();
    await card.updateComplete;
    expect(more.textContent?.trim()).to.equal('Show less');
    expect(part(card, 'abstract')?.hasAttribute('data-collapsed')).to.equal(
      false,
    );

    const institutions = part(card, 'institutions-toggle') as HTMLElement;
    expect(institutions.textContent?.trim()).to.match(/^\d+ institutions?$/);
    expect(part(card, 'institutions-list')?.hidden).to.equal(true);
    institutions.click();
    await card.updateComplete;
    expect(part(card, 'institutions-list')?.hidden).to.equal(false);
  });

  it('shows not-found for an id the server does not know', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id="arxiv:0000.00001"></paper-card>`,
    );
    const box = await settled(card);

    expect(box.dataset.state).to.equal('not-found');
    expect(text(card, 'not-found')).to.contain('Paper not found');
    expect(text(card, 'not-found')).to.contain('arxiv:0000.00001');
    await expect(card).to.be.accessible();
  });

  it('says the id is not valid, with no Retry, for a malformed id', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id="arxiv:2204.05862."></paper-card>`,
    );
    const box = await settled(card);

    expect(box.dataset.state).to.equal('not-found');
    expect(text(card, 'not-found')).to.match(
      /^Not a valid paper id “arxiv:2204\.05862\.” is not a paper id\./,
    );
    expect(part(card, 'retry-button')).to.equal(null);
  });

  it('shows a loading skeleton with reserved height first', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id="arxiv:2203.02155"></paper-card>`,
    );

    expect(base(card)?.dataset.state).to.equal('loading');
    expect(part(card, 'skeleton')).to.exist;
    expect(base(card)?.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('shows an error with Retry when the server is down, and recovers', async () => {
    const id = 'arxiv:2108.07258';
    const realFetch = window.fetch;
    let down = true;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (down && url.includes('2108.07258')) {
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return realFetch(input, init);
    };

    try {
      const card = await fixture<PaperCard>(
        html`<paper-card api=${api} paper-id=${id}></paper-card>`,
      );
      const failed = oneEvent(card, 'paper-load-error');
      const box = await settled(card);

      expect(box.dataset.state).to.equal('error');
      expect(text(card, 'error-message')).to.equal(
        'The server could not be reached.',
      );
      expect((await failed).detail.kind).to.equal('network');
      await expect(card).to.be.accessible();

      down = false;
      (part(card, 'retry-button') as HTMLButtonElement).click();
      await card.updateComplete;
      await settled(card);
      expect(base(card)?.dataset.state).to.equal('ready');
      expect(text(card, 'title')).to.contain('Foundation Models');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('makes one request for two cards showing the same paper', async () => {
    const id = 'arxiv:1606.06565';
    const el = await fixture(html`<div>
      <paper-card api=${api} paper-id=${id}></paper-card>
      <paper-card api=${api} paper-id=${id}></paper-card>
    </div>`);
    const cards = [...el.querySelectorAll<PaperCard>('paper-card')];
    await Promise.all(cards.map(settled));

    expect(cards.map((card) => text(card, 'title'))).to.deep.equal([
      text(cards[0] as PaperCard, 'title'),
      text(cards[0] as PaperCard, 'title'),
    ]);
    expect(text(cards[0] as PaperCard, 'title')).to.contain(
      'Concrete problems',
    );
    expect(paperRequests(id)).to.have.length(1);
  });

  it('fetches cards made in one tick with one batch request', async () => {
    const ids = ['arxiv:2005.14165', 'arxiv:2112.00861', 'arxiv:0000.00002'];
    const el = await fixture(html`<div>
      ${ids.map(
        (id) => html`<paper-card api=${api} paper-id=${id}></paper-card>`,
      )}
    </div>`);
    const cards = [...el.querySelectorAll<PaperCard>('paper-card')];
    const states = await Promise.all(
      cards.map(async (card) => (await settled(card)).dataset.state),
    );

    expect(states).to.deep.equal(['ready', 'ready', 'not-found']);
    const batches = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter(
        (url) => url.includes('/v1/papers?') && url.includes('2112.00861'),
      );
    expect(batches).to.have.length(1);
    for (const id of ids) expect(paperRequests(id)).to.have.length(1);
  });

  it('uses dark colours with theme="dark" and lets the host override them', async () => {
    const el = await fixture(html`<div>
      <paper-card api=${api} paper-id=${RLHF} theme="light"></paper-card>
      <paper-card api=${api} paper-id=${RLHF} theme="dark"></paper-card>
      <paper-card
        api=${api}
        paper-id=${RLHF}
        style="--pf-color-background: rgb(1, 2, 3)"
      ></paper-card>
    </div>`);
    const cards = [...el.querySelectorAll<PaperCard>('paper-card')];
    const boxes = await Promise.all(cards.map(settled));
    const bg = boxes.map((box) => getComputedStyle(box).backgroundColor);

    expect(bg[0]).to.equal('rgb(255, 255, 255)');
    expect(bg[1]).to.equal('rgb(22, 24, 29)');
    expect(bg[2]).to.equal('rgb(1, 2, 3)');
  });

  it('never renders blank without a paper id, and says why once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);

    try {
      const card = await fixture<PaperCard>(
        html`<paper-card api=${api}></paper-card>`,
      );
      await fixture(html`<paper-card api=${api}></paper-card>`);
      await new Promise((resolve) => setTimeout(resolve, 10));

      expect(base(card)?.dataset.state).to.equal('empty');
      expect(text(card, 'empty')).to.equal('No paper selected.');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('`paper-id` attribute');
    } finally {
      console.warn = warn;
    }
  });
});
