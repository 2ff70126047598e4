import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startDemo } from '../support/demo.mjs';

const RLHF = 'arxiv:2204.05862';

/** The parts of one <paper-reactions>, found through its shadow root. */
function widget(root) {
  const part = (name) => root.locator(`[part~="${name}"]`);
  return {
    part,
    like: part('like-button'),
    dislike: part('dislike-button'),
    save: part('save-button'),
    savedIn: part('saved-in'),
    login: part('login-button'),
    chip: (kind) => root.locator(`[part~="kind-chip"][data-kind="${kind}"]`),
  };
}

/** Waits until a toggle button's `aria-pressed` reads `value`. */
async function pressed(locator, value, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const now = await locator.getAttribute('aria-pressed', { timeout });
    if (now === value) return;
    if (Date.now() > end) {
      assert.fail(`aria-pressed stayed "${now}", expected "${value}"`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('reactions on the journal page', () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo?.close());

  it('signs up in the popup, curates, survives a reload, and signs out', async () => {
    const { page, problems } = await openPage(
      demo.browser,
      `${demo.examples}/journal/`,
    );
    const first = widget(page.locator('paper-reactions').first());
    await first.login.waitFor();
    const likesBefore = Number(
      await first.like.locator('[part~="count"]').textContent(),
    );

    // A signed-out like opens the backend's popup on its own origin.
    const popupOpened = page.waitForEvent('popup');
    await first.like.click();
    const popup = await popupOpened;
    assert.equal(new URL(popup.url()).origin, new URL(demo.api).origin);
    await popup.locator('#pf-toggle').click();
    await popup.locator('#pf-name').fill('Ada Reader');
    await popup.locator('#pf-email').fill(`ada-${Date.now()}@example.org`);
    await popup.locator('#pf-password').fill('correct horse battery');
    await popup.locator('#pf-submit').click();
    await popup.waitForEvent('close');

    // The like the reader started completes after sign-in.
    await pressed(first.like, 'true');
    assert.equal(
      Number(await first.like.locator('[part~="count"]').textContent()),
      likesBefore + 1,
    );
    await page.locator('paper-account').getByText('Ada Reader').waitFor();

    await first.save.click();
    await first.part('collection-input').fill('Alignment reading group');
    await first.part('create-button').click();
    await first.savedIn.getByText('Alignment reading group').waitFor();
    await pressed(first.save, 'true');

    await first.part('add-kind-button').click();
    await first
      .part('kind-picker')
      .getByRole('button', { name: /Rigorous/ })
      .click();
    await pressed(first.chip('rigorous'), 'true');
    await page.waitForFunction(
      () =>
        document
          .querySelector('paper-reactions')
          ?.shadowRoot?.querySelector('[part~="status"]')
          ?.textContent?.trim() === '',
    );

    await page.reload();
    const again = widget(page.locator('paper-reactions').first());
    await pressed(again.like, 'true');
    await pressed(again.save, 'true');
    await pressed(again.chip('rigorous'), 'true');
    await again.savedIn.getByText('Alignment reading group').waitFor();

    // A second widget for the same paper agrees, and follows the first.
    await page.evaluate((id) => {
      const second = document.createElement('paper-reactions');
      second.setAttribute('paper-id', id);
      second.id = 'second';
      document.querySelector('main')?.append(second);
    }, RLHF);
    const second = widget(page.locator('#second'));
    await pressed(second.like, 'true');
    await pressed(second.chip('rigorous'), 'true');
    await second.dislike.click();
    await pressed(again.dislike, 'true');
    await pressed(again.like, 'false');

    await page.locator('paper-account [part~="sign-out-button"]').click();
    await again.login.waitFor();
    await second.login.waitFor();
    await page.reload();
    await widget(page.locator('paper-reactions').first()).login.waitFor();

    assert.deepEqual(problems, []);
    await page.close();
  });
});
