import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startDemo } from '../support/demo.mjs';

const TITLE =
  'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback';

/** Opens the React app and counts the popups it opens. */
async function openApp(demo) {
  const opened = await openPage(demo.browser, `${demo.examples}/app/`);
  const popups = [];
  opened.page.on('popup', (popup) => popups.push(popup.url()));
  return { ...opened, popups };
}

describe('React app example', () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo?.close());

  it('shows the RLHF paper card through the React wrapper', async () => {
    const { page, problems } = await openApp(demo);
    await page.locator('paper-card').getByText(TITLE).waitFor();

    const reactions = page.locator('paper-reactions');
    await reactions.getByRole('button', { name: /^Like/ }).waitFor();
    await reactions.getByRole('button', { name: 'Log in to curate' }).waitFor();

    assert.deepEqual(problems, []);
    await page.close();
  });

  it('hands "Log in to curate" to the app\'s own sign-in, with no popup', async () => {
    const { page, problems, popups } = await openApp(demo);
    const curate = page
      .locator('paper-reactions')
      .getByRole('button', { name: 'Log in to curate' });
    await curate.click();

    const field = page.getByLabel('Log in as');
    await page.waitForFunction(
      () => document.activeElement?.id === 'reader-name',
    );
    assert.equal(await field.inputValue(), 'Ada Lovelace');
    assert.deepEqual(popups, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('signs in through the app and the reactions turn signed in at once', async () => {
    const { page, problems, popups } = await openApp(demo);
    const reactions = page.locator('paper-reactions');
    await reactions.getByRole('button', { name: 'Log in to curate' }).waitFor();

    await page.getByLabel('Log in as').fill('Grace Hopper');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByText('Signed in as Grace Hopper').waitFor();

    // Signed-in controls: the sign-in prompt is gone and a vote sticks.
    await reactions
      .getByRole('button', { name: 'Log in to curate' })
      .waitFor({ state: 'detached' });
    const like = reactions.getByRole('button', { name: /^Like/ });
    await like.click();
    await page
      .getByRole('list', { name: 'Your activity' })
      .getByText('Your vote on this paper is now: like.')
      .waitFor();
    assert.equal(await like.getAttribute('aria-pressed'), 'true');

    // Other elements on the page follow the same session.
    const text = await page
      .locator('paper-reviews')
      .evaluate((el) => el.shadowRoot.textContent);
    assert.ok(!text.includes('Log in to'), 'reviews show no sign-in prompt');

    // The app keeps its reader for the tab; so does Paperframe after a reload.
    await page.reload();
    await page.getByText('Signed in as Grace Hopper').waitFor();
    await reactions
      .getByRole('button', { name: /^Like/, pressed: true })
      .waitFor();
    assert.equal(
      await reactions.getByRole('button', { name: 'Log in to curate' }).count(),
      0,
    );

    assert.deepEqual(popups, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('logs out through the app and the prompt comes back', async () => {
    const { page, problems } = await openApp(demo);
    await page.getByLabel('Log in as').fill('Alan Turing');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    const reactions = page.locator('paper-reactions');
    const curate = reactions.getByRole('button', { name: 'Log in to curate' });
    await curate.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Log out' }).click();
    await curate.waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});
