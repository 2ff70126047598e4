import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

const SECTIONS = [
  'paper-card',
  'paper-reactions',
  'research-map',
  'paper-reviews',
  'paper-discussion',
];

describe('<paper-detail>', () => {
  it('lays out every section for one paper', async () => {
    const detail = await fixture(
      html`<paper-detail api=${api} paper-id="arxiv:2204.05862"></paper-detail>`,
    );
    const root = detail.shadowRoot as ShadowRoot;

    for (const tag of SECTIONS) {
      const child = root.querySelector(tag) as
        | (Element & { paperId?: string })
        | null;
      expect(child, tag).to.not.equal(null);
      expect(child?.paperId, tag).to.equal('arxiv:2204.05862');
    }

    const card = root.querySelector('paper-card') as Element;
    await waitUntil(
      () =>
        card.shadowRoot
          ?.querySelector('[part~="title"]')
          ?.textContent?.includes('Helpful and Harmless'),
      'the card inside never loaded',
      { timeout: 5000 },
    );
  });

  it('fits a 320 px column without horizontal scrolling', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <paper-detail api=${api} paper-id="arxiv:2204.05862"></paper-detail>
      </div>`,
    );
    const detail = wrapper.querySelector('paper-detail') as HTMLElement;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(detail.scrollWidth).to.be.at.most(320);
    expect(detail.getBoundingClientRect().width).to.equal(320);
  });
});
