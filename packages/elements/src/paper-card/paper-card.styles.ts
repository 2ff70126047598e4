import { css } from 'lit';

/** Styles of `<paper-card>`; tokens come from `styles/tokens.ts`. */
export const styles = css`
  :host {
    --_pf-line-height: var(--pf-line-height, 1.45);

    display: block;
    /* Important, so a host's * { all: unset } keeps the narrow layout. */
    container-type: inline-size !important;
  }

  [part~='base'] {
    box-sizing: border-box;
    min-height: var(--pf-card-min-height, 12em);
    padding: var(--pf-card-padding, 1em 1.25em);
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-bg);
    color: var(--_pf-text);
  }

  [part~='base'][data-state='ready'] {
    min-height: 0;
  }

  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.75em;
    align-items: center;
    margin: 0 0 0.4em;
    color: var(--_pf-muted);
    font-size: 0.875em;
  }

  [part~='type'] {
    padding: 0.05em 0.5em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: 999px;
    color: var(--_pf-text);
  }

  [part~='open-access'] {
    padding: 0.05em 0.5em;
    border-radius: 999px;
    background: var(--_pf-success);
    color: var(--_pf-bg);
    text-decoration: none;
    font-weight: 600;
  }

  [part~='title'] {
    margin: 0 0 0.35em;
    font-size: var(--pf-card-title-size, 1.2em);
    line-height: 1.3;
    font-weight: 650;
  }

  [part~='title-link'] {
    color: inherit;
    text-decoration: none;
  }

  [part~='title-link']:hover {
    text-decoration: underline;
  }

  [part~='authors'] {
    margin: 0 0 0.6em;
  }

  [part~='abstract'] {
    margin: 0;
  }

  [part~='abstract'][data-collapsed] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--pf-card-abstract-lines, 3);
    line-clamp: var(--pf-card-abstract-lines, 3);
    overflow: hidden;
  }

  [part~='abstract-toggle'] {
    margin-top: 0.25em;
  }

  [part~='counts'],
  [part~='links'],
  [part~='topics'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }

  [part~='counts'] {
    color: var(--_pf-muted);
  }

  [part~='missing'] {
    color: var(--_pf-muted);
  }

  [part~='topics'] {
    gap: 0.35em;
  }

  [part~='topic'] {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_pf-surface);
    font-size: 0.95em;
  }

  [part~='institutions'] {
    margin: 0.75em 0 0;
    font-size: 0.9em;
  }

  [part~='institutions-list'] {
    margin: 0.35em 0 0;
    padding-left: 1.2em;
  }

  [part~='skeleton'] {
    display: grid;
    gap: 0.6em;
  }

  .bar {
    height: 0.9em;
  }

  .bar.short {
    width: 35%;
  }

  .bar.medium {
    width: 55%;
  }

  .bar.long {
    width: 90%;
  }

  .bar.title {
    height: 1.3em;
    width: 80%;
  }

  [part~='error'],
  [part~='not-found'],
  [part~='empty'] {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }

  [part~='error-message'] {
    margin: 0;
    color: var(--_pf-danger);
  }

  .heading {
    margin: 0;
    font-weight: 600;
  }

  @container (max-width: 22em) {
    [part~='base'] {
      padding: 0.75em;
    }

    [part~='counts'],
    [part~='links'] {
      flex-direction: column;
    }
  }
`;
