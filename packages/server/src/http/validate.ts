import type { Context } from 'hono';
import * as v from 'valibot';
import { badRequest, HttpError } from './problem.js';

/**
 * Reads the JSON body and validates it against `schema`. Malformed JSON is a
 * 400; a body that breaks the schema is a 422 naming every failing field.
 */
export async function readBody<T extends v.GenericSchema>(
  c: Context,
  schema: T,
): Promise<v.InferOutput<T>> {
  let body: unknown;
  try {
    const text = await c.req.text();
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  refuseUnstorableText(body);
  return check(schema, body);
}

/** Code points the stores cannot keep as they came, and why. */
const UNSTORABLE: [RegExp, string][] = [
  // PostgreSQL text cannot hold U+0000.
  [/\0/, 'Text must not contain NUL characters (U+0000).'],
  // A lone surrogate has no UTF-8 form: the store would keep U+FFFD instead,
  // so a later read would differ from what was accepted. In `u` mode a
  // well-formed pair is one code point and never matches.
  [
    /\p{Cs}/u,
    'Text must be valid Unicode; it holds a lone surrogate (U+D800 to U+DFFF).',
  ],
];

/**
 * Throws a 422 naming the first string in `body` (a value or a key) that
 * holds a code point the stores cannot keep. Walks without recursion, so
 * deep JSON is safe.
 */
function refuseUnstorableText(body: unknown): void {
  const stack: [unknown, string][] = [[body, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    const field = path || '(body)';
    if (typeof value === 'string') {
      const bad = UNSTORABLE.find(([pattern]) => pattern.test(value));
      if (bad) {
        const message = bad[1];
        throw new HttpError(
          422,
          'Unprocessable Content',
          `${field}: ${message}`,
          {
            errors: [{ field, message }],
          },
        );
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        stack.push([key, field]);
        stack.push([item, path ? `${path}.${key}` : key]);
      }
    }
  }
}

/** Validates `input` against `schema`, throwing a 422 problem on failure. */
export function check<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
): v.InferOutput<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;

  const errors = result.issues.map((issue) => ({
    field: v.getDotPath(issue) ?? '(body)',
    message: issue.message,
  }));
  const first = errors[0];
  const detail = first
    ? `${first.field}: ${first.message}`
    : 'The request body is invalid.';
  throw new HttpError(422, 'Unprocessable Content', detail, { errors });
}
