import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startDemo } from '../support/demo.mjs';

describe('lab example', () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo?.close());

  it('shows at least 20 cards from one request for paper metadata', async () => {
    const { page, problems, requests } = await openPage(
      demo.browser,
      `${demo.examples}/lab/`,
    );
    const cards = page.locator('paper-card');
    const count = await cards.count();
    assert.ok(count >= 20, `${count} cards on the page`);

    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('paper-card')].every((card) =>
          card.shadowRoot?.querySelector('[part~="title"]'),
        ),
      null,
      { timeout: 15_000 },
    );
    const titles = await cards.evaluateAll((all) =>
      all.map((card) =>
        card.shadowRoot.querySelector('[part~="title"]').textContent.trim(),
      ),
    );
    assert.ok(titles.every((title) => title.length > 0));
    assert.ok(
      titles.includes('Constitutional AI: Harmlessness from AI Feedback'),
    );

    const paperRequests = requests.filter((url) =>
      new URL(url).pathname.startsWith('/v1/papers'),
    );
    assert.ok(
      paperRequests.length >= 1 && paperRequests.length <= 2,
      `${paperRequests.length} requests to /v1/papers: ${paperRequests.join(' ')}`,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
