export type { AppOptions } from './app.js';
export {
  createApp,
  DEFAULT_CORS_ORIGINS,
  DEFAULT_RATE_LIMITS,
} from './app.js';
export type { Db, Store } from './db/database.js';
export { openStore } from './db/database.js';
export { answerClientError } from './http/client-error.js';
export type { RateLimit, RateLimits } from './http/context.js';
export type { HostJwtOptions, HostTokenVerifier } from './host-token.js';
export { hostTokenVerifier } from './host-token.js';
export type { ImportResult } from './importer.js';
export { importWorks } from './importer.js';
export type { RunningServer, ServerOptions } from './server.js';
export { BUNDLED_DATA, startServer } from './server.js';
