import * as v from 'valibot';
import { Id } from './primitives.js';

/** A named thing the paper links to: an institution, a topic. */
export const NamedRef = v.object({ id: Id, name: v.string() });

/** One author of a paper, in byline order. */
export const Author = v.object({
  id: Id,
  name: v.string(),
  institutions: v.array(NamedRef),
});

/** Counts shown on the card and kept in step with the rows they count. */
export const PaperCounts = v.object({
  citations: v.number(),
  reviews: v.number(),
  comments: v.pipe(
    v.number(),
    v.description(
      'Comments and replies everyone can read; hidden ones, placeholders included, are not counted.',
    ),
  ),
  saves: v.number(),
  likes: v.number(),
  dislikes: v.number(),
});

/** One paper with everything the card shows. */
export const Paper = v.object({
  id: Id,
  ids: v.object({
    doi: v.nullable(v.string()),
    arxiv: v.nullable(v.string()),
    openalex: v.nullable(v.string()),
  }),
  title: v.string(),
  abstract: v.nullable(v.string()),
  type: v.nullable(v.string()),
  year: v.nullable(v.number()),
  venue: v.nullable(v.string()),
  openAccess: v.object({ isOa: v.boolean(), url: v.nullable(v.string()) }),
  landingUrl: v.nullable(v.string()),
  authors: v.array(Author),
  institutions: v.array(NamedRef),
  topics: v.array(NamedRef),
  codeLinks: v.array(v.string()),
  datasetLinks: v.array(v.string()),
  counts: PaperCounts,
});

/** The answer to a batch lookup: papers in the order asked, and ids not found. */
export const PaperBatch = v.object({
  items: v.array(Paper),
  notFound: v.array(v.string()),
  /** Ids among `notFound` that are not well-formed paper ids at all. */
  invalid: v.optional(v.array(v.string())),
});
