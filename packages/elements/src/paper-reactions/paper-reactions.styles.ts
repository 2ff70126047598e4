import { css } from 'lit';

/** Styles of `<paper-reactions>`. */
export const styles = css`
  :host {
    display: block;
  }

  [part~='base'] {
    /* Reader-chosen names can be one long word; they wrap, never widen the page. */
    overflow-wrap: anywhere;
    min-width: 0;
    display: grid;
    gap: var(--pf-reactions-gap, 0.5em);
  }

  /* Dark text colours need their own ground on a light host page. */
  :host([theme='dark']) [part~='base'] {
    padding: 0.5em;
    border-radius: var(--pf-radius, 0.5em);
    background: var(--_pf-bg);
    color: var(--_pf-text);
  }

  [part~='actions'],
  [part~='kinds'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pf-reactions-gap, 0.5em);
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  .toggle[aria-pressed='true'] {
    border-color: var(--_pf-accent);
    background: var(--_pf-accent);
    color: var(--_pf-bg);
  }

  .toggle:disabled {
    cursor: progress;
  }

  [part~='count'] {
    font-variant-numeric: tabular-nums;
  }

  [part~='kind-chip'] {
    border-radius: 999px;
    font-size: 0.9em;
  }

  [part~='collections'],
  [part~='kind-picker'] {
    padding: var(--_pf-space);
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-bg);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    margin-bottom: 0.4em;
    font-weight: 600;
  }

  [part~='collection'] {
    display: block;
    padding: 0.15em 0;
  }

  [part~='new-collection'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    margin-top: 0.6em;
  }

  [part~='new-collection'] label {
    display: grid;
    gap: 0.2em;
  }

  input[type='text'] {
    padding: 0.35em 0.5em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: var(--_pf-radius);
    background: var(--_pf-bg);
    color: var(--_pf-text);
    font: inherit;
  }

  [part~='kind-picker'] ul {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='kind-option'] {
    width: 100%;
    text-align: start;
  }

  .description {
    display: block;
    color: var(--_pf-muted);
    font-size: 0.85em;
  }

  p {
    margin: 0;
  }

  [part~='saved-in'],
  [part~='status'],
  [part~='notice'] {
    color: var(--_pf-muted);
    font-size: 0.9em;
  }

  [part~='error'] {
    color: var(--_pf-danger);
  }

  .skeleton.bar {
    width: 16em;
    height: 2em;
  }
`;
