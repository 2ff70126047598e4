export {
  apiContext,
  ensureContextRoot,
  paperIdContext,
  sessionContext,
} from './context.js';
export { StoreController } from './controllers/store-controller.js';
export { followDarkClass } from './follow-dark-class.js';
export {
  type ExpandableSection,
  PaperExpandChangeEvent,
  type PaperExpandChangeDetail,
} from './events/paper-expand-change.js';
export {
  PaperLoadErrorEvent,
  type PaperLoadErrorDetail,
} from './events/paper-load-error.js';
export {
  ResearchMapNodeExpandEvent,
  type ResearchMapNodeExpandDetail,
} from './events/research-map-node-expand.js';
export {
  ResearchMapNodeSelectEvent,
  type ResearchMapNodeSelectDetail,
} from './events/research-map-node-select.js';
export {
  PaperLoginRequestEvent,
  type PaperLoginRequestDetail,
} from './events/paper-login-request.js';
export {
  PaperReactionChangeEvent,
  type PaperReactionChangeDetail,
} from './events/paper-reaction-change.js';
export {
  PaperSaveChangeEvent,
  type PaperSaveChangeDetail,
} from './events/paper-save-change.js';
export {
  PaperSignOutEvent,
  type PaperSignOutDetail,
} from './events/paper-sign-out.js';
export { type Messages, msg, registerLocale, setLocale } from './i18n/index.js';
export { PaperAccount } from './paper-account/paper-account.js';
export {
  requestSignIn,
  type SignInRequestResult,
} from './paper-account/sign-in.js';
export { autoloadElements, loadElement } from './autoload.js';
export { PaperCard } from './paper-card/paper-card.js';
export { PaperDetail } from './paper-detail/paper-detail.js';
export { PaperFrame } from './paper-frame/paper-frame.js';
export { PaperReactions } from './paper-reactions/paper-reactions.js';
export {
  ELEMENT_BRAND,
  PaperframeElement,
  type Theme,
} from './paperframe-element.js';
export {
  defaultPaperHref,
  ResearchMap,
} from './research-map/research-map.js';
export {
  type DefineOptions,
  defineElements,
  type ElementTag,
  elements,
} from './registry.js';
export { defineElement, ELEMENT_TAGS, tagName } from './tag-names.js';
export { shared, tokens } from './styles/tokens.js';
export {
  PaperCommentDeleteEvent,
  type PaperCommentDeleteDetail,
} from './events/paper-comment-delete.js';
export {
  PaperCommentSubmitEvent,
  type PaperCommentSubmitDetail,
} from './events/paper-comment-submit.js';
export {
  PaperReviewDeleteEvent,
  type PaperReviewDeleteDetail,
} from './events/paper-review-delete.js';
export {
  PaperReviewSubmitEvent,
  type PaperReviewSubmitDetail,
} from './events/paper-review-submit.js';
export { PaperDiscussion } from './paper-discussion/paper-discussion.js';
export { PaperReviews } from './paper-reviews/paper-reviews.js';
export {
  linkify,
  safeHref,
  serverLength,
  userLine,
  userText,
  userTextStyles,
} from './user-text/user-text.js';
export { VERSION } from './version.js';
