import { isPaperframeError } from '../client/errors.js';
import type { PaperframeClient } from '../client/client.js';
import { Paper, PaperBatch } from '../contract/schemas.js';
import type { Paper as PaperData } from '../contract/types.js';
import { createBatcher } from './batch.js';
import {
  type INVALID_ID,
  missingPaper,
  NOT_FOUND,
  type ResourceLoader,
} from './resource.js';

/** The most ids the backend accepts in one batch lookup. */
export const PAPER_BATCH_SIZE = 100;

// A failure of one id travels as its error so the others still load.
type Found = PaperData | typeof NOT_FOUND | typeof INVALID_ID | Error;

/**
 * Builds the paper loader of one session: ids asked for in the same tick
 * go out as one `GET /v1/papers?ids=…` per 100 ids.
 *
 * @param client - The session's client.
 * @return A function returning the loader of one paper id.
 */
export function createPaperLoader(
  client: PaperframeClient,
): (id: string) => ResourceLoader<PaperData> {
  const load = createBatcher<string, Found>((ids) => fetchPapers(client, ids), {
    maxSize: PAPER_BATCH_SIZE,
  });

  return (id) => async () => {
    const found = (await load(id)) ?? NOT_FOUND;
    if (found instanceof Error) throw found;
    return found;
  };
}

async function fetchPapers(
  client: PaperframeClient,
  ids: string[],
): Promise<Map<string, Found>> {
  // A comma inside an id (some DOIs have one) cannot travel in `ids=`.
  const batchable = ids.filter((id) => !id.includes(','));
  const single = ids.filter((id) => id.includes(','));
  const found = new Map<string, Found>();

  const [batched, ...alone] = await Promise.all([
    batchable.length > 1
      ? fetchBatch(client, batchable)
      : fetchEach(client, batchable),
    ...single.map((id) => fetchEach(client, [id])),
  ]);
  for (const part of [batched, ...alone]) {
    for (const [id, paper] of part ?? []) found.set(id, paper);
  }
  return found;
}

async function fetchBatch(
  client: PaperframeClient,
  ids: string[],
): Promise<Map<string, Found>> {
  let answer: { items: PaperData[]; notFound: string[] };
  try {
    answer = await client.get('v1/papers', PaperBatch, {
      searchParams: { ids: ids.join(',') },
    });
  } catch (error) {
    // One malformed id makes the whole batch a 400; ask for each alone so
    // only that paper shows the error.
    if (isPaperframeError(error) && error.status === 400) {
      return fetchEach(client, ids);
    }
    throw error;
  }

  const missing = new Set(answer.notFound);
  const found = new Map<string, Found>();
  const items = [...answer.items];

  // The backend keeps the order asked and lists unknown ids apart.
  for (const id of ids) {
    found.set(id, missing.has(id) ? NOT_FOUND : (items.shift() ?? NOT_FOUND));
  }
  return found;
}

async function fetchEach(
  client: PaperframeClient,
  ids: string[],
): Promise<Map<string, Found>> {
  const found = new Map<string, Found>();
  const results = await Promise.allSettled(
    ids.map((id) => client.get(`v1/papers/${encodeURIComponent(id)}`, Paper)),
  );

  results.forEach((result, index) => {
    const id = ids[index] as string;
    if (result.status === 'fulfilled') {
      found.set(id, result.value);
      return;
    }
    const error = result.reason;
    const missing = missingPaper(error);
    if (missing) {
      found.set(id, missing);
      return;
    }
    found.set(id, error instanceof Error ? error : new Error(String(error)));
  });
  return found;
}
