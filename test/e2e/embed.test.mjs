import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startDemo } from '../support/demo.mjs';
import { startPages, waitForTitles } from './pages/support.mjs';

/** The text of a part inside an element's shadow root. */
function partText(page, selector, part) {
  return page
    .locator(selector)
    .evaluate(
      (el, name) =>
        el.shadowRoot
          ?.querySelector(`[part~="${name}"]`)
          ?.textContent.replace(/\s+/g, ' ')
          .trim() ?? '',
      part,
    );
}

describe('lab example with the script tag twice', () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo?.close());

  it('shows every card from one session and one metadata request, with no error', async () => {
    const { page, problems, requests } = await openPage(
      demo.browser,
      `${demo.examples}/lab/`,
    );
    await waitForTitles(page, 'paper-card');

    const scripts = requests.filter(
      (url) => new URL(url).pathname === '/paperframe.js',
    );
    assert.equal(scripts.length, 2, `entry loaded: ${scripts.join(' ')}`);

    const page_ = await page.evaluate(() => ({
      sessions: globalThis[Symbol.for('paperframe.session')]?.size,
      version: globalThis[Symbol.for('paperframe.version')],
      card: customElements.get('paper-card')?.name,
    }));
    assert.equal(page_.sessions, 1);
    assert.equal(page_.version, '0.0.0');
    assert.ok(page_.card);

    const paperRequests = requests.filter((url) =>
      new URL(url).pathname.startsWith('/v1/papers'),
    );
    assert.ok(
      paperRequests.length >= 1 && paperRequests.length <= 2,
      `${paperRequests.length} requests to /v1/papers`,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('embedding test pages', () => {
  let pages;
  before(async () => {
    pages = await startPages();
  });
  after(() => pages?.close());

  const open = (path) => openPage(pages.browser, `${pages.origin}${path}`);

  it('defines its cards as <pf-paper-card> beside a Polymer <paper-card>', async () => {
    const { page, problems } = await open('/pages/collision.html');
    await waitForTitles(page, 'pf-paper-card');

    assert.equal(
      await page.locator('paper-card').textContent(),
      'Polymer card: Lab news',
    );
    const titles = await page
      .locator('pf-paper-card')
      .evaluateAll((cards) =>
        cards.map((card) =>
          card.shadowRoot.querySelector('[part~="title"]').textContent.trim(),
        ),
      );
    assert.match(titles[0], /^Training a Helpful and Harmless Assistant/);
    assert.match(titles[1], /^Constitutional AI/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('throws nothing when the tag is taken and no prefix is given', async () => {
    const { page, problems } = await open('/pages/collision-plain.html');
    await page.waitForFunction(
      () =>
        customElements.get('paper-reactions') &&
        document.querySelector('paper-reactions').shadowRoot?.childElementCount,
    );

    assert.equal(
      await page.locator('paper-card').textContent(),
      'Polymer card: Lab news',
    );
    const isPaperframe = await page.evaluate(
      () => customElements.get('paper-card')[Symbol.for('paperframe.element')],
    );
    assert.equal(isPaperframe, undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('renders cards and reviews a single-page app inserts after navigating', async () => {
    const { page, problems } = await open('/pages/spa.html');
    await page.waitForFunction(
      () => customElements.get('paper-card') === undefined,
    );

    await page.getByRole('link', { name: 'Paper' }).click();
    assert.match(page.url(), /\/pages\/spa\/paper$/);
    await waitForTitles(page, 'paper-card');
    await page.waitForFunction(
      () =>
        document
          .querySelector('paper-reviews')
          ?.shadowRoot?.textContent.includes('Structured reviews'),
      null,
      { timeout: 15_000 },
    );
    assert.match(
      await partText(page, 'paper-card', 'title'),
      /Helpful and Harmless/,
    );

    await page.getByRole('link', { name: 'Home' }).click();
    await page.goBack();
    await waitForTitles(page, 'paper-card');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('speaks German on a lang="de" page, and English inside lang="en"', async () => {
    const { page, problems, requests } = await open('/pages/german.html');
    await waitForTitles(page, 'paper-card');

    const [german, english] = await page
      .locator('paper-card')
      .evaluateAll((cards) =>
        cards.map((card) =>
          card.shadowRoot.querySelector('[part~="code"]').textContent.trim(),
        ),
      );
    assert.equal(german, 'Kein Code');
    assert.equal(english, 'No code');
    assert.ok(requests.some((url) => /\/chunks\/locales-/.test(url)));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('speaks German when the script tag says data-lang="de-CH"', async () => {
    const { page, problems } = await open('/pages/data-lang.html');
    await waitForTitles(page, 'paper-card');
    assert.equal(await partText(page, 'paper-card', 'code'), 'Kein Code');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('loads no German on an English page', async () => {
    const { page, requests } = await open('/pages/spa.html');
    await page.getByRole('link', { name: 'Paper' }).click();
    await waitForTitles(page, 'paper-card');
    assert.equal(await partText(page, 'paper-card', 'code'), 'No code');
    assert.ok(!requests.some((url) => /\/chunks\/locales-/.test(url)));
    await page.close();
  });

  for (const [path, policy] of [
    ['/pages/strict.html', 'require-trusted-types-for'],
    ['/pages/strict-named.html', 'trusted-types lit-html paperframe'],
  ]) {
    it(`writes the paper's JSON-LD and citation tags under a strict CSP (${policy})`, async () => {
      const { page, problems } = await open(path);
      await waitForTitles(page, 'paper-card');
      await page.waitForFunction(() =>
        document.head.querySelector('script[type="application/ld+json"]'),
      );

      const head = await page.evaluate(() => ({
        titles: [
          ...document.head.querySelectorAll('meta[name="citation_title"]'),
        ].map((meta) => meta.content),
        jsonLd: [
          ...document.head.querySelectorAll(
            'script[type="application/ld+json"]',
          ),
        ].map((script) => JSON.parse(script.textContent)),
      }));
      assert.equal(head.titles.length, 1, 'one set for two cards');
      assert.equal(head.jsonLd.length, 1);
      assert.equal(head.jsonLd[0]['@type'], 'ScholarlyArticle');
      assert.equal(head.jsonLd[0].name, head.titles[0]);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('writes citation tags but no JSON-LD when trusted-types leaves paperframe out', async () => {
    const { page, problems } = await open('/pages/strict-without.html');
    await waitForTitles(page, 'paper-card');
    await page.waitForFunction(() =>
      document.head.querySelector('meta[name="citation_title"]'),
    );
    const jsonLd = await page.evaluate(
      () =>
        document.head.querySelectorAll('script[type="application/ld+json"]')
          .length,
    );
    assert.equal(jsonLd, 0);
    // The refused policy is the one report; nothing else is blocked.
    const others = problems.filter(
      (text) =>
        !text.includes("named 'paperframe'") &&
        text !== 'CSP violation: trusted-types blocked trusted-types-policy',
    );
    assert.deepEqual(others, []);
    assert.ok(problems.length <= 2, problems.join('\n'));
    await page.close();
  });

  it("follows the page's own dark class", async () => {
    const { page, problems } = await open('/pages/dark.html');
    await waitForTitles(page, 'paper-card');
    const background = () =>
      page
        .locator('paper-card')
        .evaluate(
          (card) =>
            getComputedStyle(card.shadowRoot.querySelector('[part~="base"]'))
              .backgroundColor,
        );

    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await page.waitForFunction(
      () =>
        getComputedStyle(
          document
            .querySelector('paper-card')
            .shadowRoot.querySelector('[part~="base"]'),
        ).backgroundColor === 'rgb(22, 24, 29)',
    );
    await page.evaluate(() =>
      document.documentElement.classList.remove('dark'),
    );
    await page.waitForFunction(
      () => document.querySelector('paper-card').dataset.pfScheme === 'light',
    );
    assert.equal(await background(), 'rgb(255, 255, 255)');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
