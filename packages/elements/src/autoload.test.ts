import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoloadElements } from './autoload.js';

const api = (window as { __PF_TEST_API__?: string }).__PF_TEST_API__ ?? '';

describe('autoloadElements', () => {
  it('defines elements present in the page and those added later', async () => {
    const stop = autoloadElements({ prefix: 'auto-' });
    try {
      const first = await fixture(
        html`<auto-paper-card
          api=${api}
          paper-id="arxiv:2204.05862"
        ></auto-paper-card>`,
      );
      await waitUntil(
        () => customElements.get('auto-paper-card') !== undefined,
        'the card was never defined',
        { timeout: 5000 },
      );
      expect(first.shadowRoot).to.not.equal(null);
      expect(customElements.get('auto-research-map')).to.equal(undefined);

      // A single-page app adds an element after the first scan.
      const later = document.createElement('auto-paper-frame');
      document.body.append(later);
      await waitUntil(
        () => customElements.get('auto-paper-frame') !== undefined,
        'the frame added later was never defined',
        { timeout: 5000 },
      );
      later.remove();
    } finally {
      stop();
    }
  });
});
