import { css } from 'lit';
import { bareFieldset } from '../shared/ui.styles';

export const groupsPageStyles = css`
  .page {
    max-width: 1000px;
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
    ${bareFieldset}
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
