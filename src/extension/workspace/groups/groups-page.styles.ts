import { css } from 'lit';

export const groupsPageStyles = css`
  :host {
    display: block;
    height: 100%;
    overflow: auto;
    background: var(--_bg);
  }
  .page {
    padding: 24px 28px 40px;
    max-width: 1000px;
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
  td.name {
    font-weight: 600;
  }
  .members {
    margin-left: 6px;
  }
`;

export const groupDialogStyles = css`
  fieldset.members {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
    min-width: 0;
  }
  fieldset.members legend {
    font-weight: 500;
    font-size: 13px;
    padding: 0;
    margin-bottom: 6px;
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  .member-list {
    display: flex;
    flex-direction: column;
    gap: 2px;
    max-height: 240px;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 6px;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 5px 6px;
    border-radius: 6px;
    cursor: pointer;
  }
  .check:hover {
    background: var(--_hover);
  }
  .login {
    color: var(--_muted);
    font-size: 12px;
    margin-left: auto;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
