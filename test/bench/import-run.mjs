// Imports one OpenAlex JSON Lines file into a fresh SQLite store, in its own
// process so its peak memory is its own. Prints one JSON line.
import { openStore } from '@paperframe/server';
import { importWorks } from '@paperframe/server';

const [file, database] = process.argv.slice(2);
const store = await openStore(database);
const start = performance.now();
const result = await importWorks(store.db, file);
const seconds = (performance.now() - start) / 1000;
await store.close();
process.stdout.write(
  `${JSON.stringify({
    imported: result.imported,
    skipped: result.skipped.length,
    seconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
