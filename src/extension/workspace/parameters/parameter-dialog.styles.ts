import { css } from 'lit';

export const parameterDialogStyles = css`
  dialog {
    width: min(580px, calc(100vw - 32px));
  }
  form {
    display: flex;
    flex-direction: column;
    max-height: calc(100vh - 64px);
  }
  .dialog-body {
    overflow-y: auto;
  }
  .two {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 14px;
  }
  .mono {
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 13px;
  }
  input.short {
    width: 110px;
  }
  input[readonly] {
    background: var(--_bg);
    color: var(--_muted);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  select {
    height: 36px;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 8px;
    margin: 0;
    padding: 10px 14px 14px;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  legend {
    font-weight: 500;
    font-size: 13px;
    padding: 0 4px;
  }
  .radios,
  .checks {
    display: flex;
    gap: 20px;
    flex-wrap: wrap;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .items li {
    display: grid;
    grid-template-columns: 1fr 1fr auto;
    gap: 6px;
    align-items: center;
  }
  .remove {
    width: 32px;
    padding: 0;
    font-size: 18px;
  }
  .btn.small {
    height: 30px;
    padding: 0 12px;
    font-size: 13px;
  }
`;
