import assert from 'node:assert/strict';
import { afterEach, describe, mock, test } from 'node:test';
import {
  DEFAULT_API,
  firstFilled,
  getGlobalConfig,
  normalizeApi,
  resolveApi,
  setGlobalConfig,
  warnOnce,
} from '../src/index.js';
import { resetWarnings } from '../src/dev.js';

describe('resolveApi', () => {
  afterEach(() => setGlobalConfig({ api: undefined }));

  test('prefers the attribute, then the context, then the global config', () => {
    setGlobalConfig({ api: 'https://global.example/' });

    assert.equal(
      resolveApi('https://attr.example/', 'https://ctx'),
      'https://attr.example',
    );
    assert.equal(resolveApi(' ', 'https://ctx.example'), 'https://ctx.example');
    assert.equal(resolveApi(null, undefined), 'https://global.example');
  });

  test('falls back to the local reference server', () => {
    assert.equal(resolveApi(), DEFAULT_API);
    assert.equal(getGlobalConfig().api, undefined);
  });

  test('shares the global config across copies through globalThis', () => {
    const key = Symbol.for('paperframe.config');
    (globalThis as Record<symbol, unknown>)[key] = { api: 'https://other' };

    assert.equal(resolveApi(), 'https://other');
  });

  test('normalises and picks filled values', () => {
    assert.equal(normalizeApi(' http://a/b// '), 'http://a/b');
    assert.equal(firstFilled(undefined, '', '  x '), 'x');
    assert.equal(firstFilled(null), undefined);
  });
});

describe('warnOnce', () => {
  afterEach(() => {
    resetWarnings();
    mock.restoreAll();
  });

  test('warns once per code, prefixed', () => {
    const warn = mock.method(console, 'warn', () => {});

    assert.equal(warnOnce('test-code', 'Something is off.'), true);
    assert.equal(warnOnce('test-code', 'Something is off.'), false);
    warnOnce('other-code', 'Another thing.');

    assert.equal(warn.mock.callCount(), 2);
    assert.deepEqual(warn.mock.calls[0]?.arguments, [
      '[paperframe] Something is off.',
    ]);
  });

  test('stays silent when nothing is misused', async () => {
    const warn = mock.method(console, 'warn', () => {});
    resolveApi('http://a');

    assert.equal(warn.mock.callCount(), 0);
  });
});
