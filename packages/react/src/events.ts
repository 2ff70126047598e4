import type { EventName } from '@lit/react';

/** The typed name of a DOM event that a Paperframe element fires. */
type Named<K extends keyof GlobalEventHandlersEventMap> = EventName<
  GlobalEventHandlersEventMap[K]
>;

/**
 * Every React event prop of the wrappers and the DOM event it listens to.
 * A handler receives the element's own event class, so `event.detail` is
 * typed.
 */
export type PaperframeEvents = {
  /** `paper-expand-change`: the reader expanded or collapsed a section. */
  onExpandChange: Named<'paper-expand-change'>;
  /** `paper-load-error`: the paper could not be loaded. */
  onLoadError: Named<'paper-load-error'>;
  /** `paper-login-request`: cancel it to run the app's own sign-in. */
  onLoginRequest: Named<'paper-login-request'>;
  /** `paper-sign-out`: the reader signed out. */
  onSignOut: Named<'paper-sign-out'>;
  /** `paper-reaction-change`: the server accepted a vote or reactions. */
  onReactionChange: Named<'paper-reaction-change'>;
  /** `paper-save-change`: the server accepted a save or an unsave. */
  onSaveChange: Named<'paper-save-change'>;
  /** `paper-review-submit`: the server accepted a review or its edit. */
  onReviewSubmit: Named<'paper-review-submit'>;
  /** `paper-review-delete`: the server deleted a review. */
  onReviewDelete: Named<'paper-review-delete'>;
  /** `paper-comment-submit`: the server accepted a comment or its edit. */
  onCommentSubmit: Named<'paper-comment-submit'>;
  /** `paper-comment-delete`: the server deleted a comment. */
  onCommentDelete: Named<'paper-comment-delete'>;
  /** `research-map-node-select`: the reader selected a node. */
  onNodeSelect: Named<'research-map-node-select'>;
  /** `research-map-node-expand`: a node's neighbourhood was merged in. */
  onNodeExpand: Named<'research-map-node-expand'>;
};

/** The name of a React event prop, such as `onReactionChange`. */
export type EventProp = keyof PaperframeEvents;

/** The DOM event behind each React event prop. */
export const eventProps = {
  onExpandChange: 'paper-expand-change',
  onLoadError: 'paper-load-error',
  onLoginRequest: 'paper-login-request',
  onSignOut: 'paper-sign-out',
  onReactionChange: 'paper-reaction-change',
  onSaveChange: 'paper-save-change',
  onReviewSubmit: 'paper-review-submit',
  onReviewDelete: 'paper-review-delete',
  onCommentSubmit: 'paper-comment-submit',
  onCommentDelete: 'paper-comment-delete',
  onNodeSelect: 'research-map-node-select',
  onNodeExpand: 'research-map-node-expand',
} as PaperframeEvents;

/**
 * Picks event props for one wrapper from `eventProps`.
 *
 * @param props - The props the element's events map to.
 * @return The prop-to-event map that `createComponent` takes.
 */
export function pickEvents<const P extends EventProp>(
  ...props: P[]
): Pick<PaperframeEvents, P> {
  const picked: Partial<PaperframeEvents> = {};
  for (const prop of props) Object.assign(picked, { [prop]: eventProps[prop] });
  return picked as Pick<PaperframeEvents, P>;
}
