import { css } from 'lit';

/** Styles of `<paper-account>`. */
export const styles = css`
  :host {
    display: block;
  }

  [part~='base'] {
    /* Reader-chosen names can be one long word; they wrap, never widen the page. */
    overflow-wrap: anywhere;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pf-account-gap, 0.5em);
  }

  [part~='name'] {
    font-weight: 600;
  }

  [part~='message'] {
    margin: 0;
    color: var(--_pf-muted);
  }
`;
