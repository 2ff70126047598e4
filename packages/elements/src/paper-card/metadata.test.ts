import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { PaperCard } from './paper-card.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';
const RLHF = 'arxiv:2204.05862';
const CAI = 'arxiv:2212.08073';

function metaContents(name: string): string[] {
  return [
    ...document.head.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`),
  ].map((meta) => meta.content);
}

function jsonLd(): Array<Record<string, unknown>> {
  return [
    ...document.head.querySelectorAll('script[type="application/ld+json"]'),
  ].map((script) => JSON.parse(script.textContent ?? ''));
}

async function ready(card: PaperCard): Promise<void> {
  await waitUntil(
    () => card.shadowRoot?.querySelector('[data-state="ready"]'),
    'the card never showed its paper',
    { timeout: 4000 },
  );
  // The metadata writer is its own module, loaded on first use.
  await import('./metadata.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<paper-card metadata>', () => {
  it('writes a ScholarlyArticle and citation_* tags into the head', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card metadata api=${api} paper-id=${RLHF}></paper-card>`,
    );
    await ready(card);

    expect(metaContents('citation_title')).to.deep.equal([
      'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback',
    ]);
    expect(metaContents('citation_author')[0]).to.equal('Yuntao Bai');
    expect(metaContents('citation_author').length).to.be.greaterThan(10);
    expect(metaContents('citation_publication_date')).to.deep.equal(['2022']);
    expect(metaContents('citation_arxiv_id')).to.deep.equal(['2204.05862']);
    expect(metaContents('citation_doi')[0]).to.match(/^10\.48550\//i);
    expect(metaContents('citation_pdf_url')).to.deep.equal([
      'https://arxiv.org/pdf/2204.05862',
    ]);

    const article = jsonLd()[0] ?? {};
    expect(article['@type']).to.equal('ScholarlyArticle');
    expect(article.name).to.equal(metaContents('citation_title')[0]);
    expect(article.datePublished).to.equal('2022');
    expect(article.isAccessibleForFree).to.equal(true);
    expect(article.abstract).to.be.a('string').and.not.equal('');
    expect(article.url).to.match(/^https:\/\//);
    expect(article.identifier).to.deep.include({
      '@type': 'PropertyValue',
      propertyID: 'arxiv',
      value: '2204.05862',
    });
    expect((article.author as unknown[] | undefined)?.[0]).to.deep.equal({
      '@type': 'Person',
      name: 'Yuntao Bai',
    });

    card.remove();
    expect(metaContents('citation_title')).to.deep.equal([]);
    expect(jsonLd()).to.deep.equal([]);
  });

  it('writes one set for two cards of the same paper, kept until both go', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <paper-card metadata api=${api} paper-id=${RLHF}></paper-card>
        <paper-card metadata api=${api} paper-id=${RLHF}></paper-card>
      </div>
    `);
    const [first, second] = page.querySelectorAll<PaperCard>('paper-card');
    await ready(first as PaperCard);
    await ready(second as PaperCard);

    expect(metaContents('citation_title')).to.have.length(1);
    expect(jsonLd()).to.have.length(1);

    first?.remove();
    expect(metaContents('citation_title')).to.have.length(1);
    second?.remove();
    expect(metaContents('citation_title')).to.have.length(0);
    expect(jsonLd()).to.have.length(0);
  });

  it('follows the card to a new paper and back after a move', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card metadata api=${api} paper-id=${RLHF}></paper-card>`,
    );
    await ready(card);
    card.paperId = CAI;
    await waitUntil(
      () => metaContents('citation_title')[0]?.startsWith('Constitutional AI'),
      'the metadata never followed the new paper',
      { timeout: 4000 },
    );
    expect(metaContents('citation_title')).to.have.length(1);

    const parent = card.parentElement as HTMLElement;
    parent.append(card);
    await waitUntil(() => metaContents('citation_title').length === 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(metaContents('citation_title')).to.have.length(1);
    card.remove();
    expect(metaContents('citation_title')).to.have.length(0);
  });

  it('writes nothing without the attribute', async () => {
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id=${RLHF}></paper-card>`,
    );
    await ready(card);
    expect(metaContents('citation_title')).to.deep.equal([]);
    expect(jsonLd()).to.deep.equal([]);
  });
});
