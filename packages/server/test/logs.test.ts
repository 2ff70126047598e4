import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Fixture, fixture, storeTargets } from './setup.js';

const [sqlite] = storeTargets();

describe('request logs', () => {
  const lines: string[] = [];
  let f: Fixture;

  before(async () => {
    f = await fixture(sqlite!, {
      log: (entry) => lines.push(JSON.stringify(entry)),
    });
  });
  after(() => f.close());

  test('write one line per request and never a password or token', async () => {
    const password = 'a secret passphrase 1234';
    const registered = await f.app.request('/v1/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'log-check@example.org',
        password,
        name: 'Log Check',
      }),
    });
    assert.equal(registered.status, 201);
    const { token } = (await registered.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };

    await f.app.request('/v1/session', { headers: auth });
    await f.app.request(
      `/v1/papers/arxiv:2204.05862/reactions?token=${token}`,
      { headers: auth },
    );
    await f.app.request('/v1/papers/arxiv:2204.05862/reactions/me', {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ vote: 'like' }),
    });
    await f.app.request('/v1/auth/logout', { method: 'POST', headers: auth });

    assert.equal(lines.length, 5);
    for (const line of lines) {
      const entry = JSON.parse(line);
      assert.equal(typeof entry.status, 'number');
      assert.equal(typeof entry.ms, 'number');
      assert.ok(!line.includes(token), `a token in: ${line}`);
      assert.ok(!line.includes(password), `a password in: ${line}`);
    }
  });
});
