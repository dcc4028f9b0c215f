import { css } from 'lit';

export const lineRoutingStyles = css`
  /* Wider than the Settings tab: the rules' summaries need the room. */
  form,
  lc-rule-list {
    max-width: 880px;
  }
  lc-rule-list {
    margin-top: 20px;
  }
  .field-error {
    margin-top: -8px;
  }
  input.number {
    width: 120px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .limits {
    list-style: none;
    margin: 4px 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .limit {
    display: grid;
    grid-template-columns: minmax(0, 260px) 120px minmax(0, 1fr) auto;
    align-items: center;
    gap: 8px;
  }
  .limit select {
    width: 100%;
  }
  .load {
    font-size: 12px;
    color: var(--_muted);
  }
  .status.online {
    color: var(--_success);
  }
  .limit-error {
    grid-column: 1 / -1;
    font-size: 12px;
  }
`;
