/**
 * React components for the Paperframe elements. Each wraps one element
 * class; its props are the element's properties plus typed event props
 * such as `onReactionChange`.
 *
 * The components do not define the tags. Define them once, at the app's
 * entry, with `import '@paperframe/elements/define.js'`.
 *
 * @module
 */
import {
  PaperAccount as PaperAccountElement,
  PaperCard as PaperCardElement,
  PaperDetail as PaperDetailElement,
  PaperDiscussion as PaperDiscussionElement,
  PaperFrame as PaperFrameElement,
  PaperReactions as PaperReactionsElement,
  PaperReviews as PaperReviewsElement,
  ResearchMap as ResearchMapElement,
} from '@paperframe/elements';
import { eventProps, pickEvents } from './events.js';
import { wrap } from './wrap.js';

export {
  type EventProp,
  eventProps,
  type PaperframeEvents,
  pickEvents,
} from './events.js';
export { type EventNames, wrap } from './wrap.js';

// Each wrapper is marked pure so that bundlers drop the ones an app does not
// use, and with them the element classes they import.

/**
 * `<paper-frame>`: gives the elements inside it the backend, the paper and
 * one session; `tokenProvider` lets the app sign readers in. Events of the
 * elements inside bubble up to it, so every event prop works here.
 */
export const PaperFrame = /* @__PURE__ */ wrap(
  'paper-frame',
  PaperFrameElement,
  eventProps,
);

/** `<paper-detail>`: the whole paper page with one tag; every event prop. */
export const PaperDetail = /* @__PURE__ */ wrap(
  'paper-detail',
  PaperDetailElement,
  eventProps,
);

/** `<paper-card>`: title, abstract, authors, counts and links of a paper. */
export const PaperCard = /* @__PURE__ */ wrap(
  'paper-card',
  PaperCardElement,
  pickEvents('onExpandChange', 'onLoadError'),
);

/** `<paper-reactions>`: likes, dislikes, saves and specific reactions. */
export const PaperReactions = /* @__PURE__ */ wrap(
  'paper-reactions',
  PaperReactionsElement,
  pickEvents('onReactionChange', 'onSaveChange', 'onLoginRequest'),
);

/** `<paper-account>`: who is signed in, with log in and log out. */
export const PaperAccount = /* @__PURE__ */ wrap(
  'paper-account',
  PaperAccountElement,
  pickEvents('onLoginRequest', 'onSignOut'),
);

/** `<paper-reviews>`: structured reviews, with the review form. */
export const PaperReviews = /* @__PURE__ */ wrap(
  'paper-reviews',
  PaperReviewsElement,
  pickEvents('onReviewSubmit', 'onReviewDelete', 'onLoginRequest'),
);

/** `<paper-discussion>`: notes, caveats and replication pointers. */
export const PaperDiscussion = /* @__PURE__ */ wrap(
  'paper-discussion',
  PaperDiscussionElement,
  pickEvents('onCommentSubmit', 'onCommentDelete', 'onLoginRequest'),
);

/** `<research-map>`: the graph around a paper, with a list view. */
export const ResearchMap = /* @__PURE__ */ wrap(
  'research-map',
  ResearchMapElement,
  pickEvents('onNodeSelect', 'onNodeExpand'),
);
