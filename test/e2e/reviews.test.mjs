import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { serveExamples } from '../../examples/serve.mjs';
import { freePort, openPage } from '../support/demo.mjs';
import { startServerProcess } from '../support/server-process.mjs';

const RLHF = 'arxiv:2204.05862';
const root = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'correct horse battery';

/**
 * The journal demo on a SQLite file rather than memory, so the server's
 * own CLI can create a moderator in the same store.
 */
async function startJournal() {
  const dir = mkdtempSync(join(tmpdir(), 'pf-reviews-'));
  const database = join(dir, 'store.sqlite');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const api = await startServerProcess({ corsOrigins: [origin], database });
  const examples = await serveExamples({ port, api: api.url });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  return {
    api: api.url,
    examples: examples.url,
    database,
    browser,
    async close() {
      await browser.close();
      await examples.close();
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a moderator with the server's CLI and signs them in by API. */
async function moderator(demo) {
  const email = `mod-${Date.now()}@example.org`;
  await promisify(execFile)(
    process.execPath,
    [
      '--conditions=@paperframe/source',
      '--import',
      'tsx',
      'packages/server/bin/paperframe-server.js',
      'create-user',
      '--email',
      email,
      '--name',
      'Moderator',
      '--moderator',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE: demo.database,
        PAPERFRAME_PASSWORD: PASSWORD,
      },
    },
  );
  const response = await fetch(`${demo.api}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  assert.equal(response.status, 200, 'the moderator signs in');
  return (await response.json()).token;
}

async function register(demo, name) {
  const response = await fetch(`${demo.api}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `${name.replace(/\W/g, '')}-${Date.now()}@example.org`,
      password: PASSWORD,
      name,
    }),
  });
  return (await response.json()).token;
}

/** A page of the journal already signed in with `token`. */
async function signedInPage(demo, token) {
  const context = await demo.browser.newContext();
  await context.addInitScript(
    ([key, value]) => localStorage.setItem(key, value),
    [`paperframe:token:${demo.api}`, token],
  );
  const page = await context.newPage();
  await page.goto(`${demo.examples}/journal/`);
  return page;
}

describe('reviews and discussion on the journal page', () => {
  let demo;
  before(async () => {
    demo = await startJournal();
  });
  after(() => demo?.close());

  it('a signed-out reader writes a review, signs in in the popup, and it posts intact; edit; delete', async () => {
    const { page, problems } = await openPage(
      demo.browser,
      `${demo.examples}/journal/`,
    );
    const reviews = page.locator('paper-reviews');
    await reviews.getByText('No structured reviews yet.').waitFor();

    const summary = 'Careful study 😀 of helpfulness vs harmlessness — שלום';
    await reviews.getByRole('button', { name: 'Open review form' }).click();
    await reviews.locator('#summary').fill(summary);
    await reviews.locator('[id="strengths.0"]').fill('Open data release.');

    const popupOpened = page.waitForEvent('popup');
    await reviews.getByRole('button', { name: 'Post review' }).click();
    const popup = await popupOpened;
    await popup.locator('#pf-toggle').click();
    await popup.locator('#pf-name').fill('Rosalind Reviewer');
    await popup.locator('#pf-email').fill(`ros-${Date.now()}@example.org`);
    await popup.locator('#pf-password').fill(PASSWORD);
    await popup.locator('#pf-submit').click();
    await popup.waitForEvent('close');

    const item = reviews.locator('[part~="review"]').first();
    await item.getByText(summary).waitFor();
    assert.match(await item.textContent(), /Rosalind Reviewer/);
    assert.match(await item.textContent(), /Open data release\./);
    await page
      .locator('paper-card [part~="reviews"]')
      .getByText('1 review')
      .waitFor();

    await item.getByRole('button', { name: 'Edit' }).click();
    await reviews.locator('#summary').fill(`${summary} Revised.`);
    await reviews.getByRole('button', { name: 'Save changes' }).click();
    await item.getByText('Revised.').waitFor();
    await item.locator('[part~="edited"]').waitFor();

    // Another reader sees the review but cannot edit or delete it.
    const other = await signedInPage(demo, await register(demo, 'Other'));
    const seen = other.locator('paper-reviews [part~="review"]').first();
    await seen.getByText('Revised.').waitFor();
    assert.equal(await seen.getByRole('button', { name: 'Edit' }).count(), 0);
    assert.equal(await seen.getByRole('button', { name: 'Delete' }).count(), 0);
    await other.context().close();

    await item.getByRole('button', { name: 'Delete' }).click();
    await reviews.getByText('Delete this review?').waitFor();
    await reviews.locator('[part~="confirm-delete"]').click();
    await reviews.getByText('No structured reviews yet.').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a comment with a reply, reported by a reader and hidden by a moderator', async () => {
    const author = await signedInPage(demo, await register(demo, 'Carol'));
    const discussion = author.locator('paper-discussion');
    await discussion.getByText('No discussion yet.').waitFor();

    await discussion.getByRole('button', { name: 'Open comment form' }).click();
    await discussion.getByText('Caveat', { exact: true }).click();
    await discussion
      .getByRole('textbox', { name: 'Your comment' })
      .fill('Win rates are from crowdworkers only.');
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    const comment = discussion.locator('[part~="comment"]').first();
    await comment.getByText('Win rates are from crowdworkers only.').waitFor();

    await comment.getByRole('button', { name: 'Reply' }).click();
    await discussion
      .getByRole('textbox', { name: 'Your reply' })
      .fill('Replication: https://example.org/replication');
    await discussion.getByRole('button', { name: 'Post reply' }).click();
    await comment
      .locator('[part~="reply"]')
      .getByText('Replication:')
      .waitFor();
    await author.context().close();

    const reporter = await signedInPage(demo, await register(demo, 'Dan'));
    const seen = reporter.locator('paper-discussion [part~="comment"]').first();
    await seen.getByText('Win rates').waitFor();
    await seen.getByRole('button', { name: 'Report' }).first().click();
    await seen.locator('textarea').fill('Unfair to the authors.');
    await seen.getByRole('button', { name: 'Send report' }).click();
    await seen.getByText('Moderators will look at it.').waitFor();
    await reporter.context().close();

    const list = await (
      await fetch(`${demo.api}/v1/papers/${RLHF}/comments`)
    ).json();
    const id = list.items[0].id;
    const hidden = await fetch(`${demo.api}/v1/comments/${id}/hide`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await moderator(demo)}` },
    });
    assert.equal(hidden.status, 200);

    // The hidden comment's words are gone; the reply under it stays.
    const { page } = await openPage(demo.browser, `${demo.examples}/journal/`);
    const thread = page.locator('paper-discussion');
    await thread.getByText('Replication:').waitFor();
    assert.equal(await thread.getByText('Win rates').count(), 0);
    await page.close();
  });
});
