import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startDemo } from '../support/demo.mjs';

describe('journal example', () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo?.close());

  it('shows the RLHF paper card with its facts and no console errors', async () => {
    const { page, problems } = await openPage(
      demo.browser,
      `${demo.examples}/journal/`,
    );
    const card = page.locator('paper-card');
    await card
      .getByText(
        'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback',
      )
      .waitFor();

    const text = await card.evaluate((el) => el.shadowRoot.textContent);
    for (const fact of [
      'Bai',
      'et al.',
      '2022',
      'arXiv',
      'Preprint',
      'Open access',
    ]) {
      assert.ok(text.includes(fact), `the card shows "${fact}"`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('links the open-access badge to the arXiv copy', async () => {
    const { page } = await openPage(demo.browser, `${demo.examples}/journal/`);
    const badge = page.locator('paper-card').getByRole('link', {
      name: /open access/i,
    });
    assert.match(await badge.getAttribute('href'), /arxiv\.org/);
    await page.close();
  });
});
