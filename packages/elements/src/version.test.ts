import { expect } from '@open-wc/testing';
import { defineElements } from './registry.js';
import { VERSION } from './version.js';

const PAGE_VERSION = Symbol.for('paperframe.version');
const page = globalThis as { [PAGE_VERSION]?: string };

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('Paperframe version on the page', () => {
  afterEach(() => {
    page[PAGE_VERSION] = VERSION;
  });

  it('is the version in package.json', async () => {
    const response = await fetch('/packages/elements/package.json');
    const manifest = (await response.json()) as { version: string };
    expect(VERSION).to.equal(manifest.version);
  });

  it('is recorded on the page when elements are defined', () => {
    delete page[PAGE_VERSION];
    defineElements({ prefix: 'ver-a-', only: ['paper-card'] });
    expect(page[PAGE_VERSION]).to.equal(VERSION);
  });

  it('warns once, naming both, when another version came first', () => {
    page[PAGE_VERSION] = '9.9.9-other';
    const warnings = captureWarnings(() => {
      defineElements({ prefix: 'ver-b-', only: ['paper-card'] });
      defineElements({ prefix: 'ver-c-', only: ['paper-card'] });
    });

    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('9.9.9-other');
    expect(warnings[0]).to.contain(VERSION);
    expect(customElements.get('ver-b-paper-card')).to.exist;
  });

  it('does not warn when the copy on the page has the same version', () => {
    page[PAGE_VERSION] = VERSION;
    const warnings = captureWarnings(() => {
      defineElements({ prefix: 'ver-d-' });
      defineElements({ prefix: 'ver-d-' });
    });
    expect(warnings).to.deep.equal([]);
  });

  it('never throws when a tag is taken, and says how to rename', () => {
    customElements.define(
      'ver-e-paper-card',
      class PolymerCard extends HTMLElement {},
    );
    let defined: ReturnType<typeof defineElements> = {};
    const warnings = captureWarnings(() => {
      defined = defineElements({ prefix: 'ver-e-', only: ['paper-card'] });
    });

    expect(defined).to.deep.equal({});
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ver-e-paper-card>');
    expect(warnings[0]).to.contain("prefix: 'pf-'");
  });
});
