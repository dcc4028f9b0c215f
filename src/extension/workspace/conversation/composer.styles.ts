import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: block;
    border-top: 1px solid var(--_border);
    background: var(--_surface);
    padding: 12px 16px 14px;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .row {
    display: flex;
    gap: 10px;
    align-items: flex-end;
  }
  textarea {
    flex: 1;
    resize: none;
    min-height: 40px;
    max-height: 160px;
    line-height: 1.4;
  }
  textarea:disabled {
    background: var(--_bg);
    cursor: not-allowed;
  }
  .btn.primary {
    height: 40px;
    padding: 0 18px;
  }
  .foot {
    display: flex;
    justify-content: space-between;
    gap: 12px;
    font-size: 12px;
    color: var(--_muted);
  }
  .reason {
    color: var(--_text);
    font-weight: 500;
  }
`;
