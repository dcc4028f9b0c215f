import { css } from 'lit';

export const ruleDialogStyles = css`
  dialog {
    width: min(940px, calc(100vw - 32px));
  }
  .dialog-body {
    max-height: calc(100vh - 190px);
    overflow-y: auto;
    gap: 18px;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  section + section {
    border-top: 1px solid var(--_border);
    padding-top: 14px;
  }
  h3 {
    font-size: 14px;
    font-weight: 600;
  }
  h3 label {
    font: inherit;
  }
  .note {
    color: var(--_muted);
    font-size: 12px;
    margin: -4px 0 2px;
  }
  select {
    max-width: 100%;
  }
  .action-line {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
  }
  #rule-action {
    width: 360px;
  }
  .action-line select:not(#rule-action) {
    width: 260px;
  }
  .todo {
    border: 1px solid var(--_border);
    background: var(--_bg);
    border-radius: 8px;
    padding: 10px 12px;
    font-size: 13px;
    color: var(--_muted);
  }
  .todo-title {
    font-weight: 600;
    color: var(--_text);
  }
  .todo ul {
    margin: 4px 0 0;
    padding-left: 18px;
  }
  .server {
    white-space: pre-line;
  }
`;
