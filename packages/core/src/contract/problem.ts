import * as v from 'valibot';

/** An RFC 9457 problem document. */
export const Problem = v.looseObject({
  type: v.optional(v.string()),
  title: v.string(),
  status: v.number(),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  /** For 422: the fields that failed and why. */
  errors: v.optional(
    v.array(v.object({ field: v.string(), message: v.string() })),
  ),
});
