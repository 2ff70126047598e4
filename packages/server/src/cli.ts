import { parseArgs } from 'node:util';
import { createUser } from './auth.js';
import { checkReads } from './counts.js';
import type { HostJwtOptions } from './host-token.js';
import { openStore } from './db/database.js';
import { importWorks } from './importer.js';
import { logLine, startServer } from './server.js';

const HELP = `paperframe-server: the Paperframe reference backend

Usage:
  paperframe-server start                 Start the API (imports the bundled
                                          data set when the store is empty)
  paperframe-server import FILE           Import OpenAlex works (JSON Lines);
                                          safe to repeat, bad lines are skipped
  paperframe-server migrate               Create or update the store's tables,
                                          and recount every paper's counts
  paperframe-server create-user --email ADDRESS --name NAME [--moderator]
                                          Create an account; the password is
                                          read from PAPERFRAME_PASSWORD
  paperframe-server --help                Show this text

Environment:
  PORT          port to listen on (default 8787; 0 picks a free one)
  HOST          address to bind (default 127.0.0.1)
  DATABASE      SQLite file, :memory: or postgres://user@host/db
                (default .data/paperframe.sqlite)
  CORS_ORIGINS  comma-separated browser origins allowed to call the API
                (default http://127.0.0.1:5173,http://localhost:5173)

  HOST_JWT_ISSUER     trust sign-in tokens (JWTs) from a host site with
                      this issuer; needs HOST_JWT_AUDIENCE and one of
  HOST_JWT_JWKS_URL   the host's published keys (JWKS), or
  HOST_JWT_KEY_FILE   a file with its public key (JWKS/JWK JSON or PEM)
  HOST_JWT_AUDIENCE   the audience the tokens must name (comma-separated)
  HOST_JWT_ALGORITHMS accepted algorithms, e.g. RS256,ES256 (optional)
                      A host reader is created on first use, named by the
                      token's "name" claim.

The server writes one JSON line per request (method, path, status, ms).
`;

const database = () => process.env.DATABASE || '.data/paperframe.sqlite';

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${HELP}`);
  process.exit(2);
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Host-token settings from HOST_JWT_*, or undefined when none are set. */
function hostJwtFromEnv(): HostJwtOptions | undefined {
  const env = process.env;
  const { HOST_JWT_ISSUER: issuer, HOST_JWT_AUDIENCE: audience } = env;
  const jwksUrl = env.HOST_JWT_JWKS_URL || undefined;
  const keyFile = env.HOST_JWT_KEY_FILE || undefined;
  if (!issuer && !audience && !jwksUrl && !keyFile) return undefined;
  if (!issuer || !audience || !jwksUrl === !keyFile) {
    fail(
      'Host tokens need HOST_JWT_ISSUER, HOST_JWT_AUDIENCE and one of HOST_JWT_JWKS_URL or HOST_JWT_KEY_FILE.',
    );
  }
  return {
    issuer,
    audience: list(audience) ?? [],
    jwksUrl,
    keyFile,
    algorithms: list(env.HOST_JWT_ALGORITHMS),
  };
}

/** Runs the command line; `argv` excludes node and the script path. */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      moderator: { type: 'boolean' },
      email: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;

  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return;
  }

  if (command === 'start') {
    const origins = process.env.CORS_ORIGINS;
    const hostJwt = hostJwtFromEnv();
    const server = await startServer({
      port: process.env.PORT ? Number(process.env.PORT) : 8787,
      host: process.env.HOST || '127.0.0.1',
      database: database(),
      corsOrigins: origins
        ? origins
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : undefined,
      hostJwt,
    });
    logLine({ event: 'listening', url: server.url });
    const stop = () => {
      server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }

  if (command === 'import') {
    const file = rest[0];
    if (!file) fail('import needs a FILE.');
    const store = await openStore(database());
    try {
      const result = await importWorks(store.db, file);
      const { repaired } = await checkReads(store.db);
      logLine({
        event: 'import',
        file,
        ...result,
        countsRepaired: repaired.length,
      });
      for (const { line, reason } of result.skipped) {
        process.stderr.write(`${file}:${line}: skipped: ${reason}\n`);
      }
    } finally {
      await store.close();
    }
    return;
  }

  if (command === 'migrate') {
    const store = await openStore(database());
    try {
      const { checked, repaired, documents } = await checkReads(store.db);
      logLine({
        event: 'migrate',
        status: 'up to date',
        papersChecked: checked,
        countsRepaired: repaired.length,
        documentsWritten: documents,
      });
    } finally {
      await store.close();
    }
    return;
  }

  if (command === 'create-user') {
    const password = process.env.PAPERFRAME_PASSWORD;
    if (!values.email || !values.name) {
      fail('create-user needs --email and --name.');
    }
    if (!password || password.length < 8) {
      fail('Set PAPERFRAME_PASSWORD to a password of at least 8 characters.');
    }
    const store = await openStore(database());
    try {
      const email = values.email.trim().toLowerCase();
      const taken = await store.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst();
      if (taken) fail(`An account with ${email} already exists.`);
      const user = await createUser(store.db, {
        email,
        name: values.name,
        password,
        role: values.moderator ? 'moderator' : 'user',
      });
      logLine({ event: 'create-user', id: user.id, role: user.role });
    } finally {
      await store.close();
    }
    return;
  }

  fail(`Unknown command "${command}".`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
