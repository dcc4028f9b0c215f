import { css } from 'lit';

export const ruleExtrasStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  [hidden] {
    display: none !important;
  }
  select {
    max-width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  h4 {
    font-size: 13px;
    font-weight: 600;
    margin: 0;
  }
  .extra {
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 10px 12px 12px;
    display: flex;
    flex-direction: column;
    gap: 10px;
    outline: none;
  }
  .extra-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .value-row {
    display: grid;
    grid-template-columns: 220px minmax(0, 280px) auto;
    align-items: center;
    gap: 8px;
  }
  .value-row > label.value-label,
  .value-row > span.value-label {
    font-size: 13px;
    font-weight: 500;
  }
  .value-row > .btn {
    justify-self: start;
  }
  .value-row input,
  .value-row select {
    width: 100%;
    height: 34px;
  }
  .value-problem {
    grid-column: 2 / -1;
    font-size: 12px;
  }
  .inputs-state {
    font-size: 13px;
    color: var(--_muted);
  }
  .add-extras {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-size: 13px;
    cursor: pointer;
  }
`;
