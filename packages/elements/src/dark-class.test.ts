import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import { followDarkClass } from './follow-dark-class.js';
import type { PaperCard } from './paper-card/paper-card.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

function background(card: PaperCard): string {
  const base = card.shadowRoot?.querySelector('[part~="base"]') as Element;
  return getComputedStyle(base).backgroundColor;
}

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 24, 29)';

describe('followDarkClass', () => {
  afterEach(() => {
    followDarkClass(null);
    document.documentElement.classList.remove('dark');
  });

  it('renders dark while <html> has the host dark class, light again without', async () => {
    followDarkClass('dark');
    const card = await fixture<PaperCard>(
      html`<paper-card api=${api} paper-id="arxiv:2204.05862"></paper-card>`,
    );
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="base"]'));
    expect(background(card)).to.equal(LIGHT);

    document.documentElement.classList.add('dark');
    await waitUntil(() => background(card) === DARK, 'never turned dark');

    document.documentElement.classList.remove('dark');
    await waitUntil(() => background(card) === LIGHT, 'never turned light');
  });

  it('lets an explicit theme win over the host class', async () => {
    followDarkClass('dark');
    document.documentElement.classList.add('dark');
    const card = await fixture<PaperCard>(
      html`<paper-card theme="light" api=${api} paper-id="x:1"></paper-card>`,
    );
    await card.updateComplete;
    expect(background(card)).to.equal(LIGHT);
  });

  it('ignores the class until a host names it', async () => {
    document.documentElement.classList.add('dark');
    const card = await fixture<PaperCard>(
      html`<paper-card theme="auto" api=${api} paper-id="x:1"></paper-card>`,
    );
    await card.updateComplete;
    expect(card.hasAttribute('data-pf-scheme')).to.equal(false);
  });
});
