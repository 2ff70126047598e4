import { css } from 'lit';

/**
 * The dark palette, declared once for both ways into dark mode: the
 * `theme="dark"` attribute and the reader's system setting.
 */
const dark = css`
  --_pf-bg: var(--pf-color-background, #16181d);
  --_pf-surface: var(--pf-color-surface, #1f232a);
  --_pf-text: var(--pf-color-text, #e8eaef);
  --_pf-muted: var(--pf-color-muted, #a3a9b6);
  --_pf-border: var(--pf-color-border, #343a45);
  --_pf-accent: var(--pf-color-accent, #8ab4ff);
  --_pf-success: var(--pf-color-success, #6fd39a);
  --_pf-danger: var(--pf-color-danger, #ff8a80);
  --_pf-skeleton: var(--pf-color-skeleton, #2b3039);
  --_pf-focus: var(--pf-color-focus, #8ab4ff);

  color-scheme: dark;
`;

/**
 * Design tokens shared by every element. Hosts theme with the public
 * `--pf-*` properties, set anywhere above the element (they inherit through
 * shadow DOM). Inside, styles read the private `--_pf-*` values, which fall
 * back to light or dark defaults. Sizes are in em or px, so they follow the
 * host's font size rather than the page's root font size. `data-pf-scheme`
 * is set by `followDarkClass` to follow a host's own dark-mode class.
 */
export const tokens = css`
  :host {
    --_pf-font: var(--pf-font-family, inherit);
    --_pf-radius: var(--pf-radius, 0.5em);
    --_pf-space: var(--pf-space, 0.75em);
    --_pf-border-width: var(--pf-border-width, 1px);
    --_pf-focus: var(--pf-color-focus, #2563eb);
    --_pf-bg: var(--pf-color-background, #ffffff);
    --_pf-surface: var(--pf-color-surface, #f4f5f7);
    --_pf-text: var(--pf-color-text, #1b1d22);
    --_pf-muted: var(--pf-color-muted, #5b6170);
    --_pf-border: var(--pf-color-border, #d9dce3);
    --_pf-accent: var(--pf-color-accent, #1d4ed8);
    --_pf-success: var(--pf-color-success, #17703c);
    --_pf-danger: var(--pf-color-danger, #b42318);
    --_pf-skeleton: var(--pf-color-skeleton, #e7e9ee);
    --_pf-line-height: var(--pf-line-height, normal);

    color-scheme: light;
    font-family: var(--_pf-font);
    color: var(--_pf-text);
    /* Important: the template's own line breaks must never render, even
       when a host's reset makes the host inherit white-space: pre. */
    white-space: normal !important;
  }

  /* A host's global reset, such as * { all: unset }, beats :host rules,
     and the host's body text styles inherit into the element; neither
     reaches past the shadow root, so text styles are set again there. */
  :host > * {
    color: var(--_pf-text);
    font-family: var(--_pf-font);
    font-style: normal;
    font-weight: normal;
    line-height: var(--_pf-line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    white-space: normal;
  }

  :host([theme='dark']),
  :host(:not([theme='light'])[data-pf-scheme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([data-pf-scheme='light'])) {
      ${dark}
    }
  }
`;

/**
 * Small pieces most elements need: a text-like button, a focus ring that
 * shows for keyboard users, a loading shimmer, and text only screen
 * readers read.
 */
export const shared = css`
  :host([hidden]) {
    display: none;
  }

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_pf-accent);
    font: inherit;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a {
    color: var(--_pf-accent);
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_pf-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .button {
    padding: 0.4em 0.9em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-surface);
    color: var(--_pf-text);
    font: inherit;
    cursor: pointer;
  }

  .skeleton {
    border-radius: 0.25em;
    background: var(--_pf-skeleton);
    animation: pf-pulse 1.4s ease-in-out infinite;
  }

  @keyframes pf-pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
