import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* A host's "all: unset" would otherwise drop the container. */
    container-type: inline-size !important;
  }

  [part='base'] {
    display: grid;
    gap: var(--pf-detail-gap, 1.5em);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas:
      'card'
      'next-steps'
      'map'
      'reviews'
      'discussion';
  }

  /* Dark text colours need their own ground on a light host page. */
  :host([theme='dark']) [part='base'] {
    background: var(--_pf-bg);
    color: var(--_pf-text);
  }

  @container (min-width: 56em) {
    [part='base'] {
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
      grid-template-areas:
        'card next-steps'
        'map map'
        'reviews reviews'
        'discussion discussion';
      align-items: start;
    }
  }

  section {
    min-width: 0;
  }

  .eyebrow {
    margin: 0 0 0.35em;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_pf-muted);
  }

  .lede {
    margin: 0 0 0.75em;
    color: var(--_pf-muted);
  }

  [part~='card'] {
    grid-area: card;
  }

  [part~='next-steps'] {
    grid-area: next-steps;
  }

  [part~='map'] {
    grid-area: map;
  }

  [part~='reviews'] {
    grid-area: reviews;
  }

  [part~='discussion'] {
    grid-area: discussion;
  }
`;
