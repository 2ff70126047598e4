// The elements on a page built to break them: a reset that unsets every
// property, a framework's base styles, a 7px or 22px root font size and
// shouting body text. Each element must look as it does on a plain page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage } from '../support/demo.mjs';
import {
  decodePng,
  pixelDifference,
  startPages,
  waitForTitles,
} from './pages/support.mjs';

const ELEMENTS = [
  'paper-card',
  'paper-reactions',
  'paper-reviews',
  'paper-discussion',
];

/** Share of pixels allowed to differ: anti-aliasing, never a layout change. */
const MAX_DIFFERENCE = 0.005;

/** Opens a page and waits until every element has left its loading state. */
async function settledPage(pages, path) {
  const opened = await openPage(pages.browser, `${pages.origin}${path}`);
  const { page } = opened;
  await page.setViewportSize({ width: 720, height: 900 });
  await waitForTitles(page, 'paper-card');
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return (
          root &&
          root.childElementCount > 0 &&
          !root.querySelector('[aria-busy="true"], .skeleton')
        );
      }),
    ELEMENTS,
    { timeout: 15_000 },
  );
  return opened;
}

async function shoot(page, tag) {
  const element = page.locator(tag);
  const box = await element.boundingBox();
  const png = await element.screenshot({ animations: 'disabled' });
  return { box, image: decodePng(png) };
}

describe('elements on a hostile host page', () => {
  let pages;
  let plain;
  const reference = new Map();

  before(async () => {
    pages = await startPages();
    plain = await settledPage(pages, '/pages/plain.html');
    for (const tag of ELEMENTS)
      reference.set(tag, await shoot(plain.page, tag));
  });
  after(() => pages?.close());

  it('decodes a screenshot into the colours the page shows', () => {
    const { image } = reference.get('paper-card');
    assert.ok(image.width > 600 && image.height > 100);
    // The card's white background at its centre-left edge.
    const i = (Math.floor(image.height / 2) * image.width + 4) * 4;
    assert.deepEqual([...image.pixels.subarray(i, i + 3)], [255, 255, 255]);
  });

  for (const [path, root] of [
    ['/pages/hostile.html', '7px'],
    ['/pages/hostile-large.html', '22px'],
  ]) {
    it(`look as on a plain page under all: unset, uppercase body text and a ${root} root`, async () => {
      const { page, problems } = await settledPage(pages, path);
      assert.equal(
        await page.evaluate(
          () => getComputedStyle(document.documentElement).fontSize,
        ),
        root,
      );

      const failures = [];
      for (const tag of ELEMENTS) {
        const expected = reference.get(tag);
        const actual = await shoot(page, tag);
        const dw = Math.abs(actual.box.width - expected.box.width);
        const dh = Math.abs(actual.box.height - expected.box.height);
        if (dw > 2 || dh > 2) {
          failures.push(
            `${tag}: ${actual.box.width}×${actual.box.height} instead of ${expected.box.width}×${expected.box.height}`,
          );
          continue;
        }
        const difference = pixelDifference(expected.image, actual.image);
        if (difference > MAX_DIFFERENCE) {
          failures.push(
            `${tag}: ${(difference * 100).toFixed(2)}% of pixels differ`,
          );
        }
      }
      assert.deepEqual(failures, []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('would notice the leak if an element let the body text styles in', async () => {
    const { page } = await settledPage(pages, '/pages/hostile.html');
    const before = await shoot(page, 'paper-card');
    await page.locator('paper-card').evaluate((card) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        ':host > * { text-transform: inherit; letter-spacing: inherit; }',
      );
      const root = card.shadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    });
    const after = await shoot(page, 'paper-card');
    assert.ok(pixelDifference(before.image, after.image) > MAX_DIFFERENCE);
    await page.close();
  });
});
