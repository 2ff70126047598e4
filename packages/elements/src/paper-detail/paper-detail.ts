import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { msg, provideEnglish } from '../i18n/index.js';
import { PaperAccount } from '../paper-account/paper-account.js';
import { PaperCard } from '../paper-card/paper-card.js';
import { PaperDiscussion } from '../paper-discussion/paper-discussion.js';
import { PaperReactions } from '../paper-reactions/paper-reactions.js';
import { PaperReviews } from '../paper-reviews/paper-reviews.js';
import { PaperframeElement } from '../paperframe-element.js';
import { ResearchMap } from '../research-map/research-map.js';
import { shared, tokens } from '../styles/tokens.js';
import { type ElementTag, tagName, usableName } from '../tag-names.js';
import { styles } from './paper-detail.styles.js';
import { detail } from '../i18n/en-detail.js';

provideEnglish({ detail });

const PARTS = {
  'paper-card': PaperCard,
  'paper-reactions': PaperReactions,
  'paper-account': PaperAccount,
  'research-map': ResearchMap,
  'paper-reviews': PaperReviews,
  'paper-discussion': PaperDiscussion,
} satisfies Partial<Record<ElementTag, CustomElementConstructor>>;

/**
 * A paper's whole detail page with one tag: the card, next steps (votes,
 * saves, reactions), the research map, structured reviews and the work
 * discussion, laid out in two columns on wide containers and one column
 * down to 320 px.
 *
 * @summary Every Paperframe section for one paper.
 *
 * @dependency paper-card
 * @dependency paper-reactions
 * @dependency paper-account
 * @dependency research-map
 * @dependency paper-reviews
 * @dependency paper-discussion
 *
 * @csspart base - The layout grid.
 * @csspart section - Each of the five sections; also `card`, `next-steps`, `map`, `reviews` or `discussion`.
 * @csspart eyebrow - The small label above a section.
 * @cssproperty [--pf-detail-gap=1.5em] - Space between the sections.
 */
export class PaperDetail extends PaperframeElement {
  static override styles = [tokens, shared, styles];

  /** The tag each section renders, ours even where a name is taken. */
  private readonly names = new Map<keyof typeof PARTS, string>();

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries(PARTS)) {
      this.names.set(
        tag as keyof typeof PARTS,
        usableName(tag as ElementTag, element),
      );
    }
    super.connectedCallback();
  }

  override render(): TemplateResult {
    const t = msg().detail;
    // Reviews and discussion label their own regions; a second region of
    // the same name around them would be announced twice.
    return html`
      <div part="base">
        <section part="section card" aria-label=${t.paper}>
          ${this.child('paper-card')}
        </section>
        <section part="section next-steps" aria-labelledby="next-steps">
          <p part="eyebrow" class="eyebrow" id="next-steps">${t.nextSteps}</p>
          <p class="lede">${t.nextStepsLede}</p>
          ${this.child('paper-reactions')} ${this.child('paper-account')}
        </section>
        <section part="section map" aria-labelledby="map">
          <p part="eyebrow" class="eyebrow" id="map">${t.map}</p>
          ${this.child('research-map')}
        </section>
        <section part="section reviews">
          ${this.child('paper-reviews')}
        </section>
        <section part="section discussion">
          ${this.child('paper-discussion')}
        </section>
      </div>
    `;
  }

  /** One child element under the tag name this page uses for it. */
  private child(tag: keyof typeof PARTS): TemplateResult {
    const name = unsafeStatic(this.names.get(tag) ?? tagName(tag));
    return staticHtml`<${name}
      .api=${this.api}
      .paperId=${this.resolvedPaperId}
      theme=${this.theme}
    ></${name}>`;
  }
}
