import * as v from 'valibot';
import { CommentKind, Vote } from './schemas.js';

/**
 * Request bodies of the REST contract. The reference server validates with
 * these, so their limits and messages are the ones a 422 problem names.
 */

const text = (field: string, max: number) =>
  v.pipe(
    v.string(`${field} must be text.`),
    v.trim(),
    v.minLength(1, `${field} must not be empty.`),
    v.maxLength(max, `${field} must be at most ${max} characters.`),
  );

const items = (field: string) =>
  v.pipe(
    v.array(text(`Each ${field} item`, 2000), `${field} must be a list.`),
    v.maxLength(20, `${field} can have at most 20 items.`),
  );

const score = (field: string) =>
  v.nullable(
    v.pipe(
      v.number(`${field} must be a number from 1 to 5.`),
      v.integer(`${field} must be a whole number from 1 to 5.`),
      v.minValue(1, `${field} must be at least 1.`),
      v.maxValue(5, `${field} must be at most 5.`),
    ),
  );

/** Body of `POST /v1/auth/register`. */
export const RegisterInput = v.object({
  email: v.pipe(
    v.string('Email must be text.'),
    v.trim(),
    v.maxLength(254, 'Email must be at most 254 characters.'),
    v.email('Email must be an address such as ada@example.org.'),
  ),
  password: v.pipe(
    v.string('Password must be text.'),
    v.minLength(8, 'Password must be at least 8 characters.'),
    v.maxLength(200, 'Password must be at most 200 characters.'),
  ),
  name: text('Name', 100),
});

/** Body of `POST /v1/auth/login`. */
export const LoginInput = v.object({
  email: v.pipe(
    v.string('Email must be text.'),
    v.trim(),
    v.maxLength(254, 'Email must be at most 254 characters.'),
  ),
  password: v.pipe(
    v.string('Password must be text.'),
    v.maxLength(200, 'Password must be at most 200 characters.'),
  ),
});

/** Body of `PUT /v1/papers/{id}/reactions/me`, with its limits. */
export const ReactionUpdate = v.object({
  vote: v.optional(Vote),
  kinds: v.optional(
    v.pipe(
      v.array(v.string('Each kind must be text.'), 'Kinds must be a list.'),
      v.maxLength(20, 'Kinds can have at most 20 items.'),
    ),
  ),
});

/** Body of `POST /v1/me/collections`. */
export const CollectionInput = v.object({ name: text('Name', 100) });

/** The lists of a review, of which at least one must hold an item. */
export const REVIEW_LISTS = ['strengths', 'concerns', 'questions'] as const;

/** The 422 message when a review would have no item in any list. */
export const REVIEW_NEEDS_ITEM =
  'A review needs at least one strength, concern or method question.';

const hasItem = (lists: Record<(typeof REVIEW_LISTS)[number], string[]>) =>
  REVIEW_LISTS.some((key) => lists[key].length > 0);

const ReviewFields = v.object({
  summary: text('Summary', 5000),
  strengths: v.optional(items('Strengths'), []),
  concerns: v.optional(items('Concerns'), []),
  questions: v.optional(items('Questions'), []),
  rating: v.optional(score('Rating'), null),
  confidence: v.optional(score('Confidence'), null),
});

type ReviewFieldsOutput = v.InferOutput<typeof ReviewFields>;
type ListPaths = [['strengths'], ['concerns'], ['questions']];

// Runs even when another field failed, so the 422 names every problem.
const needsItem = v.partialCheck<
  ReviewFieldsOutput,
  ListPaths,
  Pick<ReviewFieldsOutput, (typeof REVIEW_LISTS)[number]>,
  string
>([['strengths'], ['concerns'], ['questions']], hasItem, REVIEW_NEEDS_ITEM);

/**
 * Body of `POST /v1/papers/{id}/reviews`. At least one strength, concern or
 * method question is required; without one, each list is named in the 422.
 */
export const ReviewInput = v.pipe(
  ReviewFields,
  v.forward(needsItem, ['strengths']),
  v.forward(needsItem, ['concerns']),
  v.forward(needsItem, ['questions']),
  v.description(
    'At least one of strengths, concerns and questions must hold an item.',
  ),
);

/**
 * Body of `PATCH /v1/reviews/{rid}`: any subset of the review's fields. The
 * server refuses a patch that would leave no item in any list.
 */
export const ReviewPatch = v.partial(
  v.object({
    summary: text('Summary', 5000),
    strengths: items('Strengths'),
    concerns: items('Concerns'),
    questions: items('Questions'),
    rating: score('Rating'),
    confidence: score('Confidence'),
  }),
);

/** Body of `POST /v1/papers/{id}/comments`. */
export const CommentInput = v.object({
  kind: v.optional(CommentKind, 'note'),
  body: text('Body', 10000),
  parentId: v.optional(v.nullable(v.string('Parent id must be text.')), null),
});

/** Body of `PATCH /v1/comments/{cid}`. */
export const CommentPatch = v.partial(
  v.object({ kind: CommentKind, body: text('Body', 10000) }),
);

/** Body of `POST /v1/reviews/{rid}/reports` and the comment equivalent. */
export const ReportInput = v.object({ reason: text('Reason', 1000) });

/** Answer to a report: it was recorded. */
export const ReportResult = v.object({ id: v.string(), status: v.string() });
