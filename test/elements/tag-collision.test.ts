import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

// Another library's element holds the name before Paperframe loads.
class OldPaperCard extends HTMLElement {}
customElements.define('paper-card', OldPaperCard);

describe('a tag another library already holds', () => {
  const warnings: string[] = [];
  const warn = console.warn;

  before(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
    };
    await import('../../packages/elements/src/define.js');
  });
  after(() => {
    console.warn = warn;
  });

  it('is reported once, in words that say how to rename ours', () => {
    const taken = warnings.filter((text) => text.includes('<paper-card>'));
    expect(taken).to.have.length(1);
    expect(taken[0]).to.contain('already defined by another library');
    expect(taken[0]).to.contain('data-prefix');
    expect(customElements.get('paper-card')).to.equal(OldPaperCard);
  });

  it('does not put the other library’s element inside <paper-detail>', async () => {
    const detail = await fixture(
      html`<paper-detail api=${api} paper-id="arxiv:2204.05862"></paper-detail>`,
    );
    const root = detail.shadowRoot as ShadowRoot;
    expect(root.querySelector('paper-card')).to.equal(null);

    const card = root.querySelector('paper-card-paperframe') as Element;
    expect(card, 'our card under a fallback name').to.not.equal(null);
    await waitUntil(
      () =>
        card.shadowRoot
          ?.querySelector('[part~="title"]')
          ?.textContent?.includes('Helpful and Harmless'),
      'our card never loaded',
      { timeout: 5000 },
    );
  });
});
