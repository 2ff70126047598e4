import { html, type TemplateResult } from 'lit';
import { msg } from './i18n/index.js';

/**
 * The Retry button of an element's error state, the `retry-button` part.
 *
 * @param retry - Loads again.
 * @return The button.
 */
export function renderRetry(retry: () => void): TemplateResult {
  return html`<button
    part="retry-button"
    class="button"
    type="button"
    @click=${retry}
  >
    ${msg().retry}
  </button>`;
}
