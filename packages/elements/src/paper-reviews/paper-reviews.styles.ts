import { css } from 'lit';

/** Styles of `<paper-reviews>` beyond the shared feedback styles. */
export const styles = css`
  [part~='summary'] {
    margin: 0 0 0.5em;
  }

  [part~='section'] {
    margin: 0.4em 0 0;
  }

  [part~='section-heading'] {
    margin: 0;
    font-size: 0.9em;
    font-weight: 650;
  }

  [part~='section'] ul {
    margin: 0.2em 0 0;
    padding-inline-start: 1.25em;
  }

  [part~='strengths'] [part~='section-heading'] {
    color: var(--_pf-success);
  }

  [part~='concerns'] [part~='section-heading'] {
    color: var(--_pf-danger);
  }

  [part~='rating'],
  [part~='confidence'] {
    padding: 0 0.4em;
    border: var(--_pf-border-width) solid var(--_pf-border);
    border-radius: 999px;
  }

  .item-tools {
    justify-content: flex-end;
    font-size: 0.85em;
  }

  .scores > .field {
    flex: 1 1 14em;
    min-width: 0;
  }
`;
