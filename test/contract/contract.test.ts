// Runs the REST contract suite. With PAPERFRAME_API set it checks that
// backend; otherwise it starts the reference server on SQLite and on
// PostgreSQL and checks both.
//
//   PAPERFRAME_API=https://api.example.org \
//   PAPERFRAME_MODERATOR_EMAIL=… PAPERFRAME_MODERATOR_PASSWORD=… \
//   node --conditions=@paperframe/source --import tsx --test test/contract/*.test.ts
//
// Optional: PAPERFRAME_MODERATOR_TOKEN instead of email and password,
// PAPERFRAME_EXPIRED_TOKEN (an expired token the backend issued) and
// PAPERFRAME_PAPERS (three comma-separated paper ids the backend knows).
import { postgresUnavailable } from '../../packages/server/test/postgres.js';
import { referenceTarget } from './reference.js';
import { type ContractTarget, contractSuite } from './suite.js';

const api = process.env.PAPERFRAME_API;

function envTarget(url: string): ContractTarget {
  const env = process.env;
  const moderator = env.PAPERFRAME_MODERATOR_TOKEN
    ? { token: env.PAPERFRAME_MODERATOR_TOKEN }
    : {
        email: env.PAPERFRAME_MODERATOR_EMAIL ?? '',
        password: env.PAPERFRAME_MODERATOR_PASSWORD ?? '',
      };
  if ('email' in moderator && !moderator.email) {
    throw new Error(
      'Set PAPERFRAME_MODERATOR_EMAIL and PAPERFRAME_MODERATOR_PASSWORD (or PAPERFRAME_MODERATOR_TOKEN) to a moderator of the backend.',
    );
  }
  const papers = env.PAPERFRAME_PAPERS?.split(',').map((id) => id.trim());
  if (papers && papers.length !== 3) {
    throw new Error('PAPERFRAME_PAPERS names three paper ids.');
  }
  return {
    url,
    moderator,
    expiredToken: env.PAPERFRAME_EXPIRED_TOKEN,
    papers: papers as [string, string, string] | undefined,
  };
}

if (api) {
  contractSuite(api, async () => envTarget(api));
} else {
  contractSuite('reference server on SQLite', () => referenceTarget('sqlite'));
  contractSuite(
    'reference server on PostgreSQL',
    () => referenceTarget('postgres'),
    { skip: postgresUnavailable() ?? undefined },
  );
}
