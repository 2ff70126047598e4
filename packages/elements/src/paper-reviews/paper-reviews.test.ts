import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define.js';
import {
  api,
  call,
  field,
  part,
  parts,
  reader,
  register,
  settled,
  show as showElement,
  signInAs,
  startClean,
  storedDrafts,
  textOf,
  type,
} from '../../../../test/support/feedback-harness.js';
import type { PaperReviews } from './paper-reviews.js';

// Each test uses its own paper, so reviews posted by one never change
// what another sees.
const EMPTY = 'arxiv:1606.06565';
const POSTING = 'arxiv:2112.00861';
const DRAFTS = 'arxiv:2112.04426';
const EDITING = 'arxiv:2107.03374';
const PAGING = 'arxiv:2204.02311';
const TEXT = 'arxiv:1803.05457';
const FAILING = 'arxiv:2002.08909';

function show(paperId: string): Promise<PaperReviews> {
  return showElement<PaperReviews>('paper-reviews', paperId);
}

async function openForm(el: PaperReviews): Promise<HTMLFormElement> {
  part(el, 'open-form')?.click();
  await el.updateComplete;
  const form = part(el, 'form') as HTMLFormElement | null;
  if (!form) throw new Error('the review form did not open');
  return form;
}

async function fill(
  el: PaperReviews,
  fields: { summary?: string; strengths?: string; concerns?: string },
) {
  if (fields.summary !== undefined) type(field(el, 'summary'), fields.summary);
  if (fields.strengths !== undefined) {
    type(field(el, 'strengths.0'), fields.strengths);
  }
  if (fields.concerns !== undefined) {
    type(field(el, 'concerns.0'), fields.concerns);
  }
  await el.updateComplete;
}

function submit(el: PaperReviews): void {
  part(el, 'submit-button')?.click();
}

function reviewTexts(el: PaperReviews): string[] {
  return parts(el, 'review').map(textOf);
}

describe('<paper-reviews>', () => {
  beforeEach(startClean);

  it('says "Paper not found" and offers no form for an unknown id', async () => {
    const el = await show('arxiv:0000.00001');

    expect(part(el, 'base')?.dataset.state).to.equal('not-found');
    expect(textOf(part(el, 'not-found'))).to.equal(
      'Paper not found No paper has the id “arxiv:0000.00001”.',
    );
    expect(part(el, 'open-form')).to.equal(null);
    expect(part(el, 'form')).to.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the id is not valid for a malformed id', async () => {
    const el = await show('arxiv:2204.05862.');

    expect(part(el, 'base')?.dataset.state).to.equal('not-found');
    expect(textOf(part(el, 'not-found'))).to.match(
      /^Not a valid paper id “arxiv:2204\.05862\.” is not a paper id\./,
    );
    expect(part(el, 'open-form')).to.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('shows the empty state and invites a first review', async () => {
    const el = await show(EMPTY);

    expect(part(el, 'base')?.dataset.state).to.equal('empty');
    expect(textOf(part(el, 'empty'))).to.contain(
      'No structured reviews yet. High-signal critique starts here.',
    );
    expect(textOf(part(el, 'open-form'))).to.equal('Open review form');
    expect(textOf(part(el, 'heading'))).to.contain('0 reviews');
    await expect(el).to.be.accessible();
  });

  it('says what is missing when an empty form is posted', async () => {
    const el = await show(EMPTY);
    await openForm(el);
    submit(el);
    await el.updateComplete;

    const shown = textOf(part(el, 'form'));
    expect(shown).to.contain('Summary must not be empty.');
    expect(shown).to.contain(
      'Add at least one strength, concern or method question.',
    );
    expect(field(el, 'summary')?.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('counts length as the server does and flags an item over the limit as it is typed', async () => {
    const el = await show(EMPTY);
    await openForm(el);

    // An emoji is two UTF-16 units and a combining accent one, as the
    // server's limit counts them; surrounding spaces do not count.
    await fill(el, { summary: '  😀e\u0301  ' });
    expect(textOf(el.shadowRoot?.getElementById('summary-length'))).to.equal(
      '4 / 5,000',
    );

    await fill(el, { strengths: 'x'.repeat(2001) });
    expect(textOf(part(el, 'form'))).to.contain(
      'Strengths 1 must be at most 2,000 characters.',
    );
    expect(
      textOf(el.shadowRoot?.getElementById('strengths.0-length')),
    ).to.equal('2,001 / 2,000');
    expect(textOf(part(el, 'form'))).not.to.contain('must not be empty');
  });

  it('adds, reorders and removes items', async () => {
    const el = await show(EMPTY);
    await openForm(el);
    await fill(el, { strengths: 'first' });

    (part(el, 'add-item') as HTMLButtonElement).click();
    await el.updateComplete;
    type(field(el, 'strengths.1'), 'second');
    await el.updateComplete;

    const moveUp = el.shadowRoot?.querySelector<HTMLButtonElement>(
      '[aria-label="Move up: Strengths 2"]',
    );
    moveUp?.click();
    await el.updateComplete;
    expect(field(el, 'strengths.0')?.value).to.equal('second');
    expect(field(el, 'strengths.1')?.value).to.equal('first');

    el.shadowRoot
      ?.querySelector<HTMLButtonElement>('[aria-label="Remove: Strengths 1"]')
      ?.click();
    await el.updateComplete;
    expect(field(el, 'strengths.0')?.value).to.equal('first');
    expect(field(el, 'strengths.1')).to.equal(null);
  });

  it('posts a signed-in review once, shows it first, and updates the count', async () => {
    await signInAs(await reader('Ada Reviewer'));
    const el = await show(POSTING);
    const before = Number(/(\d+)/.exec(textOf(part(el, 'count')))?.[1] ?? 0);

    await openForm(el);
    await fill(el, {
      summary: 'Clear account of RLHF.',
      strengths: 'Large-scale human preference data.',
      concerns: 'Harmlessness is measured by crowdworkers only.',
    });
    const rating = field(el, 'rating') as unknown as HTMLSelectElement;
    rating.value = '4';
    rating.dispatchEvent(new Event('change'));
    await el.updateComplete;

    const submitted = oneEvent(el, 'paper-review-submit');
    // A double click sends one review.
    submit(el);
    submit(el);
    const event = await submitted;
    await el.updateComplete;

    expect(event.detail.action).to.equal('create');
    expect(event.detail.paperId).to.equal(POSTING);
    const first = reviewTexts(el)[0] ?? '';
    expect(first).to.contain('Ada Reviewer');
    expect(first).to.contain('Clear account of RLHF.');
    expect(first).to.contain('Strengths Large-scale human preference data.');
    expect(first).to.contain('Concerns Harmlessness is measured');
    expect(first).to.contain('Rating 4/5');
    expect(first).not.to.contain('Confidence');
    expect(part(el, 'form')).to.equal(null);
    // The count follows the paper store, which the server's answer moves.
    await waitUntil(
      () => textOf(part(el, 'count')).includes(`${before + 1} review`),
      `the count never showed ${before + 1} review`,
    );
    expect(storedDrafts()).to.deep.equal([]);

    const list = await call('GET', `v1/papers/${POSTING}/reviews`);
    const items = (list.body as { items: { summary: string }[] }).items;
    expect(
      items.filter((r) => r.summary === 'Clear account of RLHF.'),
    ).to.have.length(1);
  });

  it('keeps the draft across a reload and restores it', async () => {
    const el = await show(DRAFTS);
    await openForm(el);
    await fill(el, {
      summary: 'Half-written thought',
      concerns: 'Sample size',
    });
    expect(storedDrafts()).to.have.length(1);
    el.remove();

    // A fresh element, as after a reload, finds the text again.
    const again = await show(DRAFTS);
    await again.updateComplete;
    expect(part(again, 'form')).not.to.equal(null);
    expect(field(again, 'summary')?.value).to.equal('Half-written thought');
    expect(field(again, 'concerns.0')?.value).to.equal('Sample size');
    expect(textOf(part(again, 'form'))).to.contain(
      'Your unsent draft was restored.',
    );
  });

  it('keeps the text and says why when the server refuses the review', async () => {
    const refused = await register();
    await signInAs(refused);
    const el = await show(FAILING);
    await openForm(el);
    await fill(el, { summary: 'Will not get through', strengths: 'Kept' });

    // The server forgets the token: the post is refused with 401.
    await call('POST', 'v1/auth/logout', refused);
    submit(el);
    await waitUntil(() => part(el, 'form-error'), 'no failure message');

    expect(textOf(part(el, 'form-error'))).to.contain('Sign in to post');
    expect(field(el, 'summary')?.value).to.equal('Will not get through');
    expect(field(el, 'strengths.0')?.value).to.equal('Kept');
    expect(storedDrafts()).to.have.length(1);
    expect(textOf(part(el, 'list'))).not.to.contain('Will not get through');
  });

  it('lets the author edit and delete, after asking, and no one else', async () => {
    const author = await reader('Ada Reviewer');
    const other = await reader('Other Reader');
    await call('POST', `v1/papers/${EDITING}/reviews`, author, {
      summary: 'Original summary',
      questions: ['How were raters trained?'],
    });

    await signInAs(other);
    let el = await show(EDITING);
    expect(part(el, 'edit-button')).to.equal(null);
    expect(part(el, 'delete-button')).to.equal(null);
    expect(part(el, 'report-button')).not.to.equal(null);
    el.remove();

    await signInAs(author);
    el = await show(EDITING);
    part(el, 'edit-button')?.click();
    await el.updateComplete;
    expect(field(el, 'summary')?.value).to.equal('Original summary');
    await fill(el, { summary: 'Revised summary' });
    const edited = oneEvent(el, 'paper-review-submit');
    submit(el);
    expect((await edited).detail.action).to.equal('edit');
    await el.updateComplete;
    expect(textOf(part(el, 'review'))).to.contain('Revised summary');
    expect(textOf(part(el, 'edited'))).to.equal('edited');

    part(el, 'delete-button')?.click();
    await el.updateComplete;
    expect(textOf(el.shadowRoot?.querySelector('.confirm'))).to.contain(
      'Delete this review?',
    );
    const deleted = oneEvent(el, 'paper-review-delete');
    part(el, 'confirm-delete')?.click();
    await deleted;
    await el.updateComplete;
    expect(part(el, 'base')?.dataset.state).to.equal('empty');
  });

  it('pages with "Load more"', async () => {
    // One review per reader and paper: three readers, two a page.
    for (let n = 1; n <= 3; n++) {
      const posted = await call(
        'POST',
        `v1/papers/${PAGING}/reviews`,
        await reader(
          ['Ada Reviewer', 'Other Reader', 'Third Reader'][n - 1] ?? '',
        ),
        { summary: `Review number ${n}`, strengths: ['ok'] },
      );
      expect(posted.status, JSON.stringify(posted.body)).to.equal(201);
    }
    const el = await fixture<PaperReviews>(
      html`<paper-reviews
        api=${api}
        paper-id=${PAGING}
        page-size="2"
      ></paper-reviews>`,
    );
    await settled(el);
    expect(parts(el, 'review')).to.have.length(2);
    expect(reviewTexts(el)[0]).to.contain('Review number 3');

    part(el, 'load-more')?.click();
    await waitUntil(() => parts(el, 'review').length === 3, 'no second page');
    expect(reviewTexts(el)[2]).to.contain('Review number 1');
    expect(part(el, 'load-more')).to.equal(null);
  });

  it('shows reader text as text: paragraphs, safe links, RTL, long words', async () => {
    const writer = await reader('مراجع');
    const long = 'a'.repeat(300);
    await call('POST', `v1/papers/${TEXT}/reviews`, writer, {
      summary: `First line\nsecond line\n\nSee https://example.org/x). ${long}`,
      concerns: ['javascript:alert(1) is not a link', 'שלום עולם'],
    });
    const el = await show(TEXT);
    const summary = part(el, 'summary');

    const paragraphs = summary?.querySelectorAll('p') ?? [];
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0]?.getAttribute('dir')).to.equal('auto');
    expect(paragraphs[0]?.querySelector('br')).not.to.equal(null);
    const links = [...(part(el, 'review')?.querySelectorAll('a') ?? [])];
    expect(links).to.have.length(1);
    expect(links[0]?.getAttribute('href')).to.equal('https://example.org/x');
    expect(links[0]?.getAttribute('rel')).to.equal('nofollow ugc noopener');
    expect(textOf(part(el, 'author'))).to.equal('مراجع');
    expect(summary?.scrollWidth).to.be.at.most((summary?.clientWidth ?? 0) + 1);
  });
});
