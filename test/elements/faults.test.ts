import { expect, fixture, waitUntil } from '@open-wc/testing';
import { auth } from '@paperframe/core';
import '@paperframe/elements/define.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import {
  detailSections,
  ELEMENT_TAGS,
  type ElementTag,
  errorView,
  isReady,
  notUnderstandable,
} from '../support/element-states.js';
import {
  FAULTS,
  type FaultyBackend,
  faultyBackend,
  pageErrors,
  realApi,
  trackPageErrors,
} from '../support/fault-backend.js';
import {
  field,
  part,
  register,
  textOf,
  type TestReader,
  type,
} from '../support/feedback-harness.js';

const PAPER = 'arxiv:2204.05862';
/** Papers the submit cells write to; one fresh reader each, so no clashes. */
const WRITE_PAPER = 'arxiv:2112.00861';
const VOTE_PAPER = 'arxiv:2009.03300';

trackPageErrors();

// A sign-in popup would send the test page to the background, where the
// browser throttles its timers; the tests sign readers in themselves.
document.addEventListener('paper-login-request', (event) =>
  event.preventDefault(),
);

let cells = 0;

/** Waits for `check`, naming the cell in the failure. */
function until(check: () => boolean, what: string, timeout = 5000) {
  return waitUntil(check, what, { timeout, interval: 20 });
}

/** The companion each faulty element shares the page with. */
function companionOf(tag: ElementTag): ElementTag {
  return tag === 'paper-account' || tag === 'paper-detail' ? 'paper-card' : tag;
}

/** The element `tag` on `api`, written as a page would. */
function element(tag: ElementTag, api: string) {
  const name = unsafeStatic(tag);
  return html`<${name} api=${api} paper-id=${PAPER}></${name}>`;
}

/** Errors shown now: one per element, or per section of `<paper-detail>`. */
function shownErrors(el: Element, tag: ElementTag) {
  if (tag !== 'paper-detail') return [errorView(el)];
  return detailSections(el).map(([child]) => errorView(child));
}

/** Hands the faulty backend's session a new reader's token. */
async function useReader(backend: FaultyBackend): Promise<TestReader> {
  const reader = await register();
  auth(backend.session).useToken(reader.token);
  return reader;
}

/** Signs the faulty backend's session in as a new reader. */
async function signIn(backend: FaultyBackend): Promise<TestReader> {
  const reader = await useReader(backend);
  await until(
    () => auth(backend.session).$user.get().status === 'signed-in',
    'the reader was never signed in',
  );
  return reader;
}

describe('faults: every element × every fault', () => {
  before(() => {
    const total = ELEMENT_TAGS.length * FAULTS.length;
    console.log(
      `fault matrix: ${ELEMENT_TAGS.length} elements × ${FAULTS.length} faults = ${total} load cells, ` +
        `+ ${2 * FAULTS.length} submit cells (review, comment), + ${FAULTS.length} vote cells = ` +
        `${total + 3 * FAULTS.length} cells`,
    );
  });

  beforeEach(() => {
    pageErrors.length = 0;
    localStorage.clear();
  });

  afterEach(() => {
    cells += 1;
    expect(pageErrors, 'uncaught errors reached the page').to.deep.equal([]);
  });

  after(() => {
    console.log(`fault matrix: ${cells} cells ran`);
  });

  for (const tag of ELEMENT_TAGS) {
    describe(`<${tag}> loading`, () => {
      for (const fault of FAULTS) {
        it(`${fault}: says what failed, offers Retry, and recovers`, async () => {
          const backend = await faultyBackend();
          backend.fault = fault;
          if (tag === 'paper-account') await useReader(backend);

          const companion = companionOf(tag);
          const page = await fixture<HTMLElement>(
            html`<div>
              ${element(tag, backend.api)} ${element(companion, realApi)}
            </div>`,
          );
          const [el, other] = [...page.children] as [Element, Element];

          await until(
            () => shownErrors(el, tag).every(Boolean),
            `<${tag}> never showed an error with Retry for ${fault}`,
          );
          for (const shown of shownErrors(el, tag)) {
            expect(notUnderstandable(shown?.text ?? ''), fault).to.equal(null);
          }
          await until(
            () => isReady(other, companion),
            `the <${companion}> on the working backend never rendered`,
          );

          backend.fault = null;
          for (const shown of shownErrors(el, tag)) shown?.retry.click();
          await until(
            () => isReady(el, tag),
            `<${tag}> did not recover after Retry`,
          );
        });
      }
    });
  }

  describe('<paper-reviews> submitting', () => {
    for (const fault of FAULTS) {
      it(`${fault}: keeps the review the reader wrote and posts it on a second try`, async () => {
        const backend = await faultyBackend();
        await signIn(backend);
        const el = await fixture<HTMLElement>(
          html`<paper-reviews
            api=${backend.api}
            paper-id=${WRITE_PAPER}
          ></paper-reviews>`,
        );
        await until(() => isReady(el, 'paper-reviews'), 'reviews never loaded');

        part(el, 'open-form')?.click();
        await until(() => field(el, 'summary') !== null, 'no review form');
        const summary = `Careful ablations; ${fault} should not lose this.`;
        type(field(el, 'summary'), summary);
        type(field(el, 'strengths.0'), 'Clear baselines.');

        backend.fault = fault;
        backend.when = (request) => request.method !== 'GET';
        part(el, 'submit-button')?.click();
        await until(
          () => textOf(part(el, 'form-error')) !== '',
          `no message after a ${fault} on submit`,
        );
        const message = textOf(part(el, 'form-error'));
        expect(notUnderstandable(message), message).to.equal(null);
        expect(field(el, 'summary')?.value).to.equal(summary);
        expect(field(el, 'strengths.0')?.value).to.equal('Clear baselines.');

        backend.fault = null;
        part(el, 'submit-button')?.click();
        await until(
          () =>
            textOf(part(el, 'list')).includes(summary) &&
            part(el, 'form') === null,
          'the review was not posted on the second try',
        );
      });
    }
  });

  describe('<paper-discussion> submitting', () => {
    for (const fault of FAULTS) {
      it(`${fault}: keeps the comment the reader wrote and posts it on a second try`, async () => {
        const backend = await faultyBackend();
        await signIn(backend);
        const el = await fixture<HTMLElement>(
          html`<paper-discussion
            api=${backend.api}
            paper-id=${WRITE_PAPER}
          ></paper-discussion>`,
        );
        await until(
          () => isReady(el, 'paper-discussion'),
          'discussion never loaded',
        );

        part(el, 'open-form')?.click();
        await until(() => field(el, 'body-new') !== null, 'no comment form');
        const body = `Replication pointer kept through ${fault} (${Date.now()}).`;
        type(field(el, 'body-new'), body);

        backend.fault = fault;
        backend.when = (request) => request.method !== 'GET';
        part(el, 'submit-button')?.click();
        await until(
          () => textOf(part(el, 'form-error')) !== '',
          `no message after a ${fault} on submit`,
        );
        const message = textOf(part(el, 'form-error'));
        expect(notUnderstandable(message), message).to.equal(null);
        expect(field(el, 'body-new')?.value).to.equal(body);

        backend.fault = null;
        part(el, 'submit-button')?.click();
        await until(
          () =>
            textOf(part(el, 'list')).includes(body) &&
            (field(el, 'body-new')?.value ?? '') === '',
          'the comment was not posted on the second try',
        );
      });
    }
  });

  describe('<paper-reactions> voting', () => {
    for (const fault of FAULTS) {
      it(`${fault}: undoes the like, says why, and likes on a second try`, async () => {
        const backend = await faultyBackend();
        await signIn(backend);
        const el = await fixture<HTMLElement>(
          html`<paper-reactions
            api=${backend.api}
            paper-id=${VOTE_PAPER}
          ></paper-reactions>`,
        );
        const like = () => part(el, 'like-button');
        await until(
          () => isReady(el, 'paper-reactions') && !part(el, 'login-button'),
          'reactions never loaded signed in',
        );
        const before = textOf(like());

        backend.fault = fault;
        backend.when = (request) => request.method !== 'GET';
        like()?.click();
        await until(
          () => textOf(part(el, 'error')) !== '',
          `no message after a ${fault} on a vote`,
        );
        const message = textOf(part(el, 'error'));
        expect(notUnderstandable(message), message).to.equal(null);
        expect(like()?.getAttribute('aria-pressed')).to.equal('false');
        expect(textOf(like())).to.equal(before);

        backend.fault = null;
        like()?.click();
        await until(
          () =>
            like()?.getAttribute('aria-pressed') === 'true' &&
            textOf(part(el, 'status')) === '',
          'the like did not stick on the second try',
        );
        expect(textOf(part(el, 'error'))).to.equal('');
      });
    }
  });
});
