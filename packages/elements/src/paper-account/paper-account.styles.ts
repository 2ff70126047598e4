import { css } from 'lit';

/** Styles of `<paper-account>`. */
export const styles = css`
  :host {
    display: block;
  }

  [part~='base'] {
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
