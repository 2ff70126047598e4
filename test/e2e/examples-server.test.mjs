import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveExamples } from '../../examples/serve.mjs';

describe('example pages server', () => {
  let examples;
  before(async () => {
    examples = await serveExamples({ port: 0 });
  });
  after(() => examples?.close());

  it('answers a malformed or escaping path with 404 and keeps serving', async () => {
    for (const path of ['/lab/%E0%A4%A', '/journal/..%2F..%2Fpackage.json']) {
      const response = await fetch(`${examples.url}${path}`);
      assert.equal(response.status, 404, path);
    }
    const page = await fetch(`${examples.url}/journal/`);
    assert.equal(page.status, 200);
    assert.match(
      page.headers.get('content-security-policy') ?? '',
      /script-src 'self'/,
    );
  });
});
