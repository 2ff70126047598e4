// The script-tag build's byte budget, checked on the built files: the entry
// and a page of cards stay within 25 KB brotli and hold no cytoscape code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  closure,
  cytoscapeMarkers,
  ENTRY,
  pageSets,
  readBundle,
  total,
} from '../bench/bundle.mjs';
import { BUDGET_BROTLI } from '../bench/bytes.mjs';

const modules = readBundle();
const sets = pageSets(modules);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

function assertNoCytoscape(names) {
  const markers = cytoscapeMarkers();
  for (const name of names) {
    const hits = modules.get(name).cytoscape;
    assert.equal(
      hits,
      0,
      `${name} holds ${hits} of cytoscape's ${markers.length} message strings`,
    );
  }
}

describe('script-tag build size', () => {
  it('finds cytoscape in a lazily loaded chunk, so the check below can fail', () => {
    assert.ok(cytoscapeMarkers().length > 50);
    assert.ok(
      sets.graph.length >= 1,
      'no built module holds cytoscape: the fingerprint no longer matches',
    );
    for (const name of sets.graph) {
      assert.ok(!closure(modules, ENTRY).includes(name));
    }
  });

  it('keeps the entry and its static imports within 25 KB brotli', () => {
    const size = total(modules, sets.entry);
    assert.ok(
      size.brotli <= BUDGET_BROTLI,
      `entry is ${kb(size.brotli)} brotli (${sets.entry.join(', ')}), budget ${kb(BUDGET_BROTLI)}`,
    );
  });

  it('keeps a page of cards within 25 KB brotli', () => {
    assert.ok(sets.card, 'no lazily loaded paper-card chunk in the entry');
    const size = total(modules, sets.cards);
    assert.ok(
      size.brotli <= BUDGET_BROTLI,
      `a page of cards loads ${kb(size.brotli)} brotli (${sets.cards.join(', ')}), budget ${kb(BUDGET_BROTLI)}`,
    );
  });

  it('has no cytoscape code in the entry or in what a page of cards loads', () => {
    assertNoCytoscape(sets.entry);
    assertNoCytoscape(sets.cards);
  });
});
