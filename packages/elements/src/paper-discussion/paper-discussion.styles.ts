import { css } from 'lit';

/** Styles of `<paper-discussion>` beyond the shared feedback styles. */
export const styles = css`
  [part~='replies'] {
    display: grid;
    gap: 0.5em;
    margin: 0.6em 0 0;
    padding: 0 0 0 1em;
    border-inline-start: 2px solid var(--_pf-border);
    list-style: none;
  }

  [part~='kind'] {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_pf-surface);
    color: var(--_pf-text);
    font-weight: 600;
  }

  [part~='kind'][data-kind='caveat'] {
    color: var(--_pf-danger);
  }

  [part~='invite'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin: 0.6em 0 0;
    padding: 0.75em 1em;
    border: var(--_pf-border-width) dashed var(--_pf-border);
    border-radius: var(--_pf-radius);
  }

  [part~='invite'] p {
    margin: 0;
  }

  [part~='invite'] .invite-title {
    font-weight: 600;
  }

  [part~='invite'] .invite-text {
    color: var(--_pf-muted);
  }

  [part~='kind'][data-kind='replication'] {
    color: var(--_pf-success);
  }

  [part~='kind-picker'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }

  [part~='kind-chip'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.7em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: 999px;
    background: var(--_pf-bg);
    font-weight: 400;
    cursor: pointer;
  }

  [part~='kind-chip']:has(input:checked) {
    border-color: var(--_pf-accent);
    color: var(--_pf-accent);
    font-weight: 600;
  }

  [part~='kind-chip']:has(input:focus-visible) {
    outline: 2px solid var(--_pf-focus);
    outline-offset: 2px;
  }

  [part~='kind-chip'] input {
    margin: 0;
    accent-color: var(--_pf-accent);
  }
`;
