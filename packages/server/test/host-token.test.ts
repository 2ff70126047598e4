import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { createApp } from '../src/app.js';
import { hostTokenVerifier } from '../src/host-token.js';
import { type Fixture, fixture, storeTargets } from './setup.js';

const ISSUER = 'https://journal.example';
const AUDIENCE = 'paperframe';
const PAPER = 'arxiv:2204.05862';

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

for (const target of storeTargets()) {
  describe(`host tokens (${target.name})`, { skip: target.skip }, () => {
    let jwks: Server;
    let jwksHits = 0;
    let hostKey: Key;
    let strangerKey: Key;
    let f: Fixture;
    let fromFile: Fixture;

    const sign = (
      claims: JWTPayload,
      {
        key = hostKey,
        issuer = ISSUER,
        audience = AUDIENCE,
        expires = '5m',
        alg = 'ES256',
      }: {
        key?: Key;
        issuer?: string;
        audience?: string;
        expires?: string;
        alg?: string;
      } = {},
    ) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg, kid: 'host-1' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(key);

    const as = async (app: Fixture, token: string) => {
      const res = await app.app.request('/v1/session', {
        headers: { Authorization: `Bearer ${token}` },
      });
      return (
        (await res.json()) as { user: { id: string; name: string } | null }
      ).user;
    };

    before(async () => {
      const pair = await generateKeyPair('ES256');
      hostKey = pair.privateKey;
      strangerKey = (await generateKeyPair('ES256')).privateKey;
      const jwk = {
        ...(await exportJWK(pair.publicKey)),
        kid: 'host-1',
        alg: 'ES256',
        use: 'sig',
      };
      jwks = createServer((_req, res) => {
        jwksHits++;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
      const { port } = jwks.address() as AddressInfo;

      const verifier = await hostTokenVerifier({
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      });
      f = await fixture(target, { hostToken: verifier });

      const file = join(mkdtempSync(join(tmpdir(), 'pf-host-')), 'host.pem');
      writeFileSync(file, await exportSPKI(pair.publicKey));
      // A second app over the same store, trusting a key file instead.
      fromFile = {
        ...f,
        app: createApp({
          db: f.store.db,
          hostToken: await hostTokenVerifier({
            issuer: ISSUER,
            audience: AUDIENCE,
            keyFile: file,
            algorithms: ['ES256'],
          }),
        }),
      };
    });
    after(async () => {
      await f?.close();
      await new Promise((r) => jwks?.close(r));
    });

    it('signs a host reader in on first use, named by the token', async () => {
      const token = await sign({ sub: 'reader-42', name: 'Grace Hopper' });
      const first = await as(f, token);
      assert.equal(first?.name, 'Grace Hopper');
      assert.ok(jwksHits >= 1, 'the JWKS was fetched');

      const write = await f.app.request(`/v1/papers/${PAPER}/reactions/me`, {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ vote: 'like' }),
      });
      assert.equal(write.status, 200);

      const again = await as(
        f,
        await sign({ sub: 'reader-42', name: 'G. Hopper' }),
      );
      assert.equal(again?.id, first?.id, 'the same subject is the same reader');
      assert.equal(again?.name, 'G. Hopper', 'a new name is taken');
      const other = await as(f, await sign({ sub: 'reader-43' }));
      assert.notEqual(other?.id, first?.id);
      assert.equal(other?.name, 'Reader');
    });

    it('creates one reader when the first requests arrive together', async () => {
      const token = await sign({ sub: 'burst', name: 'Burst' });
      const users = await Promise.all(
        Array.from({ length: 5 }, () => as(f, token)),
      );
      assert.equal(new Set(users.map((u) => u?.id)).size, 1);
      const rows = await f.store.db
        .selectFrom('users')
        .select('id')
        .where('external_subject', '=', `${ISSUER} burst`)
        .execute();
      assert.equal(rows.length, 1);
    });

    it('reads untrusted tokens as anonymous', async () => {
      const cases: [string, string][] = [
        ['another key', await sign({ sub: 'x' }, { key: strangerKey })],
        [
          'another issuer',
          await sign({ sub: 'x' }, { issuer: 'https://evil.example' }),
        ],
        [
          'another audience',
          await sign({ sub: 'x' }, { audience: 'other-app' }),
        ],
        ['expired', await sign({ sub: 'x' }, { expires: '-1m' })],
        ['no subject', await sign({})],
      ];
      const [head, body] = (await sign({ sub: 'x' })).split('.');
      const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${body}.`;
      cases.push(['unsigned', unsigned], ['mangled', `${head}.${body}.AAAA`]);
      for (const [what, token] of cases) {
        assert.equal(await as(f, token), null, what);
        const write = await f.app.request(`/v1/papers/${PAPER}/reactions/me`, {
          method: 'PUT',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
          },
          body: '{"vote":"like"}',
        });
        assert.equal(write.status, 401, what);
      }
    });

    it('trusts a key file as well as a JWKS URL', async () => {
      const user = await as(
        fromFile,
        await sign({ sub: 'file-reader', name: 'Ada' }),
      );
      assert.equal(user?.name, 'Ada');
      assert.equal(
        await as(fromFile, await sign({ sub: 'x' }, { key: strangerKey })),
        null,
      );
    });

    it('keeps this server’s own tokens working', async () => {
      const res = await f.app.request('/v1/auth/register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: 'own@example.org',
          password: 'own password',
          name: 'Own',
        }),
      });
      const { token } = (await res.json()) as { token: string };
      assert.equal((await as(f, token))?.name, 'Own');
    });
  });
}
