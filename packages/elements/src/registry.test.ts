import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from './registry.js';

describe('defineElements', () => {
  it('defines under a prefix or a new name, and tolerates a second call', async () => {
    expect(defineElements({ prefix: 'pft-' })['paper-card']).to.equal(
      'pft-paper-card',
    );
    expect(() => defineElements({ prefix: 'pft-' })).not.to.throw();
    defineElements({ rename: { 'paper-card': 'lab-paper-card' } });

    const el = await fixture(html`<lab-paper-card></lab-paper-card>`);
    expect(el.shadowRoot?.querySelector('[part~="base"]')).to.exist;
    expect(customElements.get('pft-paper-card')).to.exist;
  });

  it('warns once, naming the tag, when another library holds it', () => {
    customElements.define('taken-paper-card', class extends HTMLElement {});
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);

    try {
      const first = defineElements({ prefix: 'taken-', only: ['paper-card'] });
      defineElements({ prefix: 'taken-', only: ['paper-card'] });

      expect(first).to.deep.equal({});
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('<taken-paper-card>');
      expect(String(warnings[0]?.[0])).to.contain('rename');
    } finally {
      console.warn = warn;
    }
  });

  it('does not warn when every tag is free or already ours', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);

    try {
      defineElements({ prefix: 'quiet-' });
      defineElements({ prefix: 'quiet-' });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(0);
  });
});
