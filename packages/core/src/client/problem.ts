import * as v from 'valibot';
import { Problem } from '../contract/schemas.js';
import type { Problem as ProblemDocument } from '../contract/types.js';

/**
 * Reads an RFC 9457 problem document from an error response, if it has one.
 * Never throws: a body that is not a problem document yields `undefined`.
 *
 * @param response - An error response whose body has not been read.
 * @return The problem document, or `undefined`.
 */
export async function readProblem(
  response: Response,
): Promise<ProblemDocument | undefined> {
  try {
    const result = v.safeParse(Problem, await response.json());
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses a `Retry-After` header into seconds from now.
 *
 * @param value - The header value: delay seconds or an HTTP date.
 * @param now - The current time in milliseconds, for tests.
 * @return Whole seconds to wait, or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;

  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));

  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
