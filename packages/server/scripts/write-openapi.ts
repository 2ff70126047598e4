// Writes the OpenAPI document to packages/core/openapi.json, which
// @paperframe/core publishes. Run after changing the contract's schemas:
//   pnpm --filter @paperframe/server openapi
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../src/openapi.js';

const target = fileURLToPath(
  new URL('../../core/openapi.json', import.meta.url),
);
writeFileSync(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
process.stdout.write(`Wrote ${target}\n`);
