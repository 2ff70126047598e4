export {
  apiContext,
  ensureContextRoot,
  paperIdContext,
  sessionContext,
} from './context.js';
export { StoreController } from './controllers/store-controller.js';
export {
  type ExpandableSection,
  PaperExpandChangeEvent,
  type PaperExpandChangeDetail,
} from './events/paper-expand-change.js';
export {
  PaperLoadErrorEvent,
  type PaperLoadErrorDetail,
} from './events/paper-load-error.js';
export { type Messages, msg, registerLocale, setLocale } from './i18n/index.js';
export { PaperCard } from './paper-card/paper-card.js';
export {
  ELEMENT_BRAND,
  PaperframeElement,
  type Theme,
} from './paperframe-element.js';
export {
  type DefineOptions,
  defineElements,
  type ElementTag,
  elements,
} from './registry.js';
export { shared, tokens } from './styles/tokens.js';
