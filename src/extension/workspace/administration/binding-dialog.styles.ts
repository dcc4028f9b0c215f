import { css } from 'lit';

export const bindingDialogStyles = css`
  dialog {
    width: min(600px, calc(100vw - 32px));
  }
  .note {
    color: var(--_muted);
    font-size: 13px;
  }
  .note strong {
    color: var(--_text);
  }
  .rows {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    align-items: center;
    gap: 16px;
    padding: 10px 14px;
  }
  .row + .row {
    border-top: 1px solid var(--_border);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .var-name {
    font-weight: 500;
  }
  .var-meta {
    font-size: 12px;
    color: var(--_muted);
  }
  code {
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 12px;
  }
  select {
    width: 100%;
  }
  .empty {
    color: var(--_muted);
  }
`;
