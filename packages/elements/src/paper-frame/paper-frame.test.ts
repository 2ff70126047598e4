import { DEFAULT_API } from '@paperframe/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { PaperCard } from '../paper-card/paper-card.js';
import { defineElement } from '../tag-names.js';
import { PaperFrame } from './paper-frame.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

function cardTitle(card: Element): string {
  return (
    card.shadowRoot
      ?.querySelector('[part~="title"]')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

function requestsTo(origin: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(origin));
}

describe('<paper-frame>', () => {
  it('gives the elements inside it its backend and paper', async () => {
    defineElement('paper-frame', PaperFrame);
    defineElement('paper-card', PaperCard);
    const frame = await fixture(
      html`<paper-frame api=${api} paper-id="arxiv:2212.08073">
        <paper-card></paper-card>
      </paper-frame>`,
    );
    const card = frame.querySelector('paper-card') as Element;

    await waitUntil(() => cardTitle(card) !== '', 'the card never loaded', {
      timeout: 5000,
    });
    expect(cardTitle(card)).to.equal(
      'Constitutional AI: Harmlessness from AI Feedback',
    );
  });

  it('reaches children that upgraded before it, with no request to another backend', async () => {
    // Fresh names: these children are defined while their frame is not.
    defineElement('paper-card', PaperCard, 'late-paper-card');
    const frame = await fixture(
      html`<late-paper-frame api=${api} paper-id="arxiv:2310.13798">
        <late-paper-card></late-paper-card>
      </late-paper-frame>`,
    );
    const card = frame.querySelector('late-paper-card') as Element;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cardTitle(card)).to.equal('');

    defineElement('paper-frame', PaperFrame, 'late-paper-frame');
    await waitUntil(() => cardTitle(card) !== '', 'the card never loaded', {
      timeout: 5000,
    });

    expect(cardTitle(card)).to.equal(
      'Specific versus General Principles for Constitutional AI',
    );
    expect(requestsTo(DEFAULT_API)).to.deep.equal([]);
  });

  it('lets an attribute on the child win over the frame', async () => {
    defineElement('paper-frame', PaperFrame);
    defineElement('paper-card', PaperCard);
    const frame = await fixture(
      html`<paper-frame api=${api} paper-id="arxiv:2212.08073">
        <paper-card paper-id="arxiv:2305.18290"></paper-card>
      </paper-frame>`,
    );
    const card = frame.querySelector('paper-card') as Element;

    await waitUntil(() => cardTitle(card) !== '', 'the card never loaded', {
      timeout: 5000,
    });
    expect(cardTitle(card)).to.contain('Direct Preference Optimization');
  });
});
