import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  importSPKI,
  importX509,
  jwtVerify,
} from 'jose';
import { newId } from './auth.js';
import type { Db } from './db/database.js';
import type { UserRow } from './db/schema.js';

/**
 * How to trust a host site's own sign-in: JWTs signed by its issuer, checked
 * against its JWKS URL or a key file, for this server's audience.
 */
export interface HostJwtOptions {
  /** The `iss` the tokens must carry. */
  issuer: string;
  /** The `aud` the tokens must name (one of them, when several). */
  audience: string | string[];
  /** Where the host publishes its signing keys (a JWKS document). */
  jwksUrl?: string;
  /**
   * A file holding the host's public key: a JWKS or one JWK as JSON, a PEM
   * public key (SPKI) or a PEM certificate.
   */
  keyFile?: string;
  /** Accepted signing algorithms; RS256 for PEM keys unless set. */
  algorithms?: string[];
}

/** Checks a host token; resolves to its claims, or null when untrusted. */
export type HostTokenVerifier = (token: string) => Promise<JWTPayload | null>;

const PEM = /-----BEGIN ([A-Z ]+)-----/;

async function keyFromFile(
  file: string,
  algorithms: string[] | undefined,
): Promise<JWTVerifyGetKey | Awaited<ReturnType<typeof importSPKI>>> {
  const text = readFileSync(file, 'utf8').trim();
  if (text.startsWith('{')) {
    const json = JSON.parse(text) as JSONWebKeySet | JSONWebKeySet['keys'][0];
    return createLocalJWKSet('keys' in json ? json : { keys: [json] });
  }
  const kind = PEM.exec(text)?.[1];
  const alg = algorithms?.[0] ?? 'RS256';
  if (kind === 'CERTIFICATE') return importX509(text, alg);
  if (kind === 'PUBLIC KEY') return importSPKI(text, alg);
  throw new Error(
    `${file} holds no public key: use a JWKS or JWK (JSON), a PEM public key or a PEM certificate.`,
  );
}

/**
 * Builds the verifier for `options`. It fails at once when the key file
 * cannot be read, so a misconfigured server does not start.
 */
export async function hostTokenVerifier(
  options: HostJwtOptions,
): Promise<HostTokenVerifier> {
  if (!options.issuer || !options.audience) {
    throw new Error('Host tokens need an issuer and an audience.');
  }
  if (!options.jwksUrl === !options.keyFile) {
    throw new Error(
      'Host tokens need exactly one of a JWKS URL or a key file.',
    );
  }
  const key = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000 })
    : await keyFromFile(options.keyFile as string, options.algorithms);
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: options.algorithms,
    requiredClaims: ['sub', 'exp'],
  };
  return async (token) => {
    try {
      const { payload } =
        typeof key === 'function'
          ? await jwtVerify(token, key, verifyOptions)
          : await jwtVerify(token, key, verifyOptions);
      return payload;
    } catch {
      return null;
    }
  };
}

/** True when `token` has the three dot-separated parts of a JWS. */
export const looksLikeJwt = (token: string) =>
  /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);

function displayName(claims: JWTPayload): string | null {
  const name = claims.name;
  if (typeof name !== 'string') return null;
  const trimmed = name.replaceAll('\0', '').trim().slice(0, 100);
  return trimmed === '' ? null : trimmed;
}

/**
 * The local reader for a verified host token: found by issuer and subject,
 * created on first use with the token's `name`, renamed when it changes.
 * Host readers have no password and are never moderators.
 */
export async function userForHostClaims(
  db: Db,
  claims: JWTPayload,
): Promise<UserRow> {
  const subject = `${claims.iss} ${claims.sub}`;
  const name = displayName(claims);
  const find = () =>
    db
      .selectFrom('users')
      .selectAll()
      .where('external_subject', '=', subject)
      .executeTakeFirst();

  const found = await find();
  if (found) {
    if (name && name !== found.name) {
      await db
        .updateTable('users')
        .set({ name })
        .where('id', '=', found.id)
        .execute();
      return { ...found, name };
    }
    return found;
  }

  const digest = createHash('sha256').update(subject).digest('hex');
  // Two first requests at once: the unique subject lets one row in.
  await db
    .insertInto('users')
    .values({
      id: newId('usr'),
      email: `host-${digest.slice(0, 32)}@host-token.invalid`,
      name: name ?? 'Reader',
      password_hash: null,
      role: 'user',
      external_subject: subject,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const created = await find();
  if (!created) throw new Error('The host reader could not be stored.');
  return created;
}
