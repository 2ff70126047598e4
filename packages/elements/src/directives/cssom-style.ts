import { noChange } from 'lit';
import {
  Directive,
  directive,
  type ElementPart,
  type PartInfo,
  PartType,
} from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, which a strict
 * Content-Security-Policy (`style-src 'self'`) allows. Lit's `styleMap`
 * writes a `style` attribute on first render, which such a policy blocks.
 */
class CssomStyleDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new TypeError(
        "`cssomStyle()` goes in an element's tag, not in an attribute value.",
      );
    }
  }

  render(_styles: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [styles]: [Record<string, string>],
  ): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(styles)) {
      style.setProperty(name, value);
    }
    return noChange;
  }
}

/** Inline styles for an element, set through the CSSOM. */
export const cssomStyle = directive(CssomStyleDirective);
