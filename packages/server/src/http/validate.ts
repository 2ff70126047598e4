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
  refuseNul(body);
  return check(schema, body);
}

/**
 * Throws a 422 naming the first string in `body` that holds U+0000, which
 * PostgreSQL text cannot store. Walks without recursion, so deep JSON is safe.
 */
function refuseNul(body: unknown): void {
  const stack: [unknown, string][] = [[body, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    const field = path || '(body)';
    if (typeof value === 'string') {
      if (value.includes('\0')) {
        const message = 'Text must not contain NUL characters (U+0000).';
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
        if (key.includes('\0')) stack.push([key, field]);
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
