import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@paperframe/elements/define.js';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic } from 'lit/static-html.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  detailSections,
  ELEMENT_TAGS,
  type ElementTag,
  errorView,
  isReady,
} from '../support/element-states.js';
import { faultyBackend } from '../support/fault-backend.js';
import {
  api,
  field,
  part,
  register,
  signInAs,
  signOut,
  textOf,
} from '../support/feedback-harness.js';

const PAPER = 'arxiv:2204.05862';
const QUIET = 'arxiv:1910.01108';
/** A paper no other test loads, so its reactions are read signed in. */
const FRESH = 'arxiv:2112.11446';

type Tag = ElementTag;

const ALL = ELEMENT_TAGS;
const PAPERLESS: Tag[] = [
  'paper-card',
  'paper-reactions',
  'paper-reviews',
  'paper-discussion',
];
const WITH_ERROR: Tag[] = ALL.filter(
  (tag) => tag !== 'paper-account' && tag !== 'paper-detail',
);

let checks = 0;

/** The element `tag` as a page writes it. */
function element(tag: Tag, at: string, paperId = PAPER, theme = 'auto') {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} api=${at} paper-id=${paperId} theme=${theme}></${name}>`;
}

/** The sections of `<paper-detail>` not ready yet, for a failure message. */
function notReady(el: Element, tag: Tag): string {
  if (tag !== 'paper-detail') return tag;
  return detailSections(el)
    .filter(([child, name]) => !isReady(child, name))
    .map(([, name]) => name)
    .join(', ');
}

/** Runs axe on `el`, shadow roots included, and counts the check. */
async function accessible(el: Element): Promise<void> {
  checks += 1;
  await expect(el).to.be.accessible();
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/** Presses Tab until `found` holds for the focused element. */
async function tabTo(found: (el: Element) => boolean, what: string) {
  for (let i = 0; i < 60; i++) {
    const active = deepActive();
    if (active && found(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const hasPart = (name: string) => (el: Element) =>
  (el.getAttribute('part') ?? '').split(/\s+/).includes(name);

/** A page with a focusable start point before `content`. */
async function keyboardPage(content: unknown) {
  const page = await fixture<HTMLElement>(
    html`<div><button id="start">Start</button>${content}</div>`,
  );
  (page.querySelector('#start') as HTMLElement).focus();
  return page;
}

describe('accessibility', () => {
  after(() => {
    console.log(`accessibility: ${checks} axe checks, no violations`);
  });

  describe('every element in every state', () => {
    afterEach(async () => {
      await signOut();
    });

    for (const tag of ALL) {
      it(`<${tag}> loading`, async () => {
        const backend = await faultyBackend({ timeout: 8000 });
        backend.fault = 'timeout';
        const el = await fixture(element(tag, backend.api));
        await accessible(el);
      });

      it(`<${tag}> ready, signed out, light and dark`, async () => {
        const light = await fixture(element(tag, api));
        await waitUntil(
          () => isReady(light, tag) || tag === 'paper-account',
          `<${tag}> never became ready: ${notReady(light, tag)}`,
          { timeout: 8000 },
        );
        await accessible(light);

        // The same element, so it stays in view and keeps its data.
        light.setAttribute('theme', 'dark');
        await (light as Element & { updateComplete: Promise<unknown> })
          .updateComplete;
        await accessible(light);
      });
    }

    for (const tag of WITH_ERROR) {
      it(`<${tag}> error`, async () => {
        const backend = await faultyBackend();
        backend.fault = 'http-503-retry-after';
        const el = await fixture(element(tag, backend.api));
        await waitUntil(() => errorView(el) !== null, 'no error state');
        await accessible(el);
      });
    }

    it('<paper-account> error', async () => {
      const backend = await faultyBackend();
      backend.fault = 'unreachable';
      const reader = await register();
      const { auth } = await import('@paperframe/core');
      auth(backend.session).useToken(reader.token);
      const el = await fixture(element('paper-account', backend.api));
      await waitUntil(() => errorView(el) !== null, 'no error state');
      await accessible(el);
    });

    for (const tag of PAPERLESS) {
      it(`<${tag}> with no paper`, async () => {
        const name = unsafeStatic(tag);
        const el = await fixture(staticHtml`<${name} api=${api}></${name}>`);
        await accessible(el);
      });
    }

    for (const tag of ['paper-reviews', 'paper-discussion'] as const) {
      it(`<${tag}> empty, signed in, form open, and dark`, async () => {
        await signInAs(await register());
        const el = await fixture(element(tag, api, QUIET));
        await waitUntil(() => isReady(el, tag), 'never loaded', {
          timeout: 8000,
        });
        await accessible(el);

        part(el, 'open-form')?.click();
        await waitUntil(() => part(el, 'form') !== null, 'no form');
        await accessible(el);
        el.setAttribute('theme', 'dark');
        await accessible(el);
      });
    }

    it('<paper-reactions> and <paper-account> signed in, collections open', async () => {
      await signInAs(await register());
      const page = await fixture<HTMLElement>(html`<div>
        <paper-account api=${api}></paper-account>
        ${element('paper-reactions', api, FRESH)}
      </div>`);
      const reactions = page.children[1] as Element;
      await waitUntil(
        () =>
          isReady(reactions, 'paper-reactions') &&
          !part(reactions, 'login-button'),
        'reactions never signed in',
        { timeout: 8000 },
      );
      await accessible(page.children[0] as Element);
      await accessible(reactions);
      part(reactions, 'save-button')?.click();
      await waitUntil(() => part(reactions, 'collections') !== null);
      await accessible(reactions);
    });

    it('<research-map> list view and explorer', async () => {
      const el = await fixture(element('research-map', api));
      await waitUntil(() => isReady(el, 'research-map'), 'no map', {
        timeout: 8000,
      });
      part(el, 'view-toggle')?.click();
      await waitUntil(() => part(el, 'list') !== null, 'no list');
      await accessible(el);
    });
  });

  describe('keyboard only', () => {
    afterEach(async () => {
      await signOut();
    });

    it('votes and saves with Tab, Space and Enter', async () => {
      await signInAs(await register());
      const page = await keyboardPage(element('paper-reactions', api, QUIET));
      const el = page.querySelector('paper-reactions') as Element;
      await waitUntil(
        () => isReady(el, 'paper-reactions') && !part(el, 'login-button'),
        'reactions never signed in',
        { timeout: 8000 },
      );

      await tabTo(hasPart('like-button'), 'the like button');
      await sendKeys({ press: 'Space' });
      await waitUntil(
        () => part(el, 'like-button')?.getAttribute('aria-pressed') === 'true',
        'Space did not like',
      );

      await tabTo(hasPart('save-button'), 'the save button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'collections') !== null, 'no list');
      await tabTo(
        (active) =>
          active.localName === 'input' && active.matches('[type="checkbox"]'),
        'a collection checkbox',
      );
      await sendKeys({ press: 'Space' });
      await waitUntil(
        () => part(el, 'save-button')?.getAttribute('aria-pressed') === 'true',
        'Space did not save',
      );
    });

    it('writes and posts a review from the keyboard', async () => {
      await signInAs(await register());
      const page = await keyboardPage(element('paper-reviews', api, QUIET));
      const el = page.querySelector('paper-reviews') as Element;
      await waitUntil(() => isReady(el, 'paper-reviews'), 'never loaded', {
        timeout: 8000,
      });

      await tabTo(hasPart('open-form'), 'the open-form button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => field(el, 'summary') !== null, 'no form');
      const summary = `Typed by keyboard ${Date.now()}`;
      await tabTo((a) => a.id === 'summary', 'the summary');
      await sendKeys({ type: summary });
      await tabTo((a) => a.id === 'strengths.0', 'the first strength');
      await sendKeys({ type: 'Honest limitations section.' });
      await tabTo(hasPart('submit-button'), 'the submit button');
      await sendKeys({ press: 'Enter' });

      await waitUntil(
        () => textOf(part(el, 'list')).includes(summary) && !part(el, 'form'),
        'the review was not posted',
        { timeout: 5000 },
      );
    });

    it("walks the map's list view and selects a node", async () => {
      const page = await keyboardPage(element('research-map', api));
      const el = page.querySelector('research-map') as Element;
      await waitUntil(() => isReady(el, 'research-map'), 'no map', {
        timeout: 8000,
      });

      await tabTo(hasPart('view-toggle'), 'the list view button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'list') !== null, 'no list');
      const node = (await tabTo(
        (a) => a.matches('.list button.node'),
        'a node in the list',
      )) as HTMLElement;
      const label = textOf(node).replace(/ \(\d{4}\)$/, '');
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => textOf(part(el, 'panel')?.querySelector('h3')) === label,
        'Enter did not select the node',
      );
      expect(node.getAttribute('aria-pressed')).to.equal('true');
    });
  });
});
