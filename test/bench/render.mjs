// Rendering <paper-card>s from data already in the session, against plain
// innerHTML of the same markup and styles (the floor), in headless Chromium.
import { datasetPaperIds, startBench } from './pages.mjs';

const COUNTS = [1, 50, 500];
const RUNS = { 1: 15, 50: 9, 500: 5 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const PAGE = (api) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>render bench</title>
<link rel="icon" href="data:,">
<script type="module" src="/paperframe.js" data-api="${api}"></script>
</head><body><main id="stage"></main></body></html>`;

/** Runs in the page: defines the timing helpers on `window.bench`. */
function install(ids) {
  const stage = document.getElementById('stage');
  const markup = (n) => {
    let out = '';
    for (let i = 0; i < n; i += 1) {
      out += `<paper-card paper-id="${ids[i % ids.length]}"></paper-card>`;
    }
    return out;
  };
  const ready = () =>
    [...stage.querySelectorAll('paper-card')].every((card) =>
      card.shadowRoot?.querySelector('[part~="base"][data-state="ready"]'),
    );
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let plain = null;

  window.bench = {
    async warm() {
      stage.innerHTML = markup(ids.length);
      while (!ready()) await frame();
      const card = stage.querySelector('paper-card');
      // The floor: the card's rendered markup and its styles, without Lit
      // and without shadow DOM.
      const html = card.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      const css = card.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n')
        .replaceAll(':host', '.pf-plain-card');
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      plain = `<div class="pf-plain-card">${html}</div>`;
      stage.innerHTML = '';
    },
    async ours(n) {
      const html = markup(n);
      await frame();
      const start = performance.now();
      stage.innerHTML = html;
      const cards = [...stage.querySelectorAll('paper-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      while (!ready()) await frame();
      stage.getBoundingClientRect();
      document.body.offsetHeight;
      return performance.now() - start;
    },
    async floor(n) {
      const html = plain.repeat(n);
      await frame();
      const start = performance.now();
      stage.innerHTML = html;
      stage.getBoundingClientRect();
      document.body.offsetHeight;
      return performance.now() - start;
    },
    clear() {
      stage.innerHTML = '';
    },
    prepare(kind, n) {
      stage.innerHTML = kind === 'ours' ? markup(n) : plain.repeat(n);
    },
    settled: async () => {
      while (!ready()) await frame();
    },
  };
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

/** The render section of `pnpm bench`. */
export async function run({ log }) {
  const bench = await startBench({ pages: { '/render.html': PAGE } });
  const rows = [];
  const detail = {};
  try {
    const page = await bench.browser.newPage({
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${bench.origin}/render.html`);
    await page.evaluate(install, datasetPaperIds());
    await page.evaluate(() => window.bench.warm());

    for (const n of COUNTS) {
      const ours = [];
      const floor = [];
      for (let i = 0; i < RUNS[n]; i += 1) {
        ours.push(await page.evaluate((k) => window.bench.ours(k), n));
        await page.evaluate(() => window.bench.clear());
        floor.push(await page.evaluate((k) => window.bench.floor(k), n));
        await page.evaluate(() => window.bench.clear());
      }
      const o = median(ours);
      const f = median(floor);
      detail[n] = { ours, floor };
      log(`${n} cards: ours ${o.toFixed(1)} ms, floor ${f.toFixed(1)} ms`);
      rows.push({
        section: 'render',
        figure: `${n} <paper-card> from the session, to all rendered`,
        value: `${o.toFixed(1)} ms`,
        floor: `${f.toFixed(1)} ms`,
        ratio: o / f,
        target: n === 500 ? '≤ 1.3×' : '',
        ok: n === 500 ? o / f <= 1.3 : undefined,
        note: `median of ${RUNS[n]}`,
      });
    }

    const cdp = await page.context().newCDPSession(page);
    const perCard = {};
    for (const kind of ['ours', 'floor']) {
      await page.evaluate(() => window.bench.clear());
      const before = await heap(cdp);
      await page.evaluate((k) => window.bench.prepare(k, 500), kind);
      await page.evaluate(() => window.bench.settled());
      const after = await heap(cdp);
      perCard[kind] = (after - before) / 500;
    }
    detail.memory = perCard;
    rows.push({
      section: 'render',
      figure: 'memory per card (JS + DOM heap, 500 cards)',
      value: `${(perCard.ours / 1024).toFixed(1)} KB`,
      floor: `${(perCard.floor / 1024).toFixed(1)} KB`,
      ratio: perCard.ours / perCard.floor,
    });
    await page.close();
    return { rows, detail };
  } finally {
    await bench.close();
  }
}
