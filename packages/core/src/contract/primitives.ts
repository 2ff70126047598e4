import * as v from 'valibot';

/** A non-empty identifier. */
export const Id = v.pipe(v.string(), v.minLength(1));

/** An ISO 8601 timestamp. */
export const Timestamp = v.pipe(v.string(), v.isoTimestamp());

/** A cursor-paginated list. */
export function page<T extends v.GenericSchema>(item: T) {
  return v.object({ items: v.array(item), nextCursor: v.nullable(v.string()) });
}
