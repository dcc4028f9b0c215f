import { css } from 'lit';

export const sessionNameStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .shown {
    display: flex;
    align-items: center;
    gap: 4px;
    min-width: 0;
  }
  h2.name {
    font-size: 17px;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  span.name {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .pencil,
  .icon-btn {
    width: 28px;
    height: 28px;
    padding: 0;
    flex-shrink: 0;
  }
  .pencil {
    opacity: 0.7;
  }
  .shown:hover .pencil,
  .pencil:focus-visible {
    opacity: 1;
  }
  .editor {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .row input {
    flex: 1;
    min-width: 0;
    padding: 5px 8px;
  }
  :host([variant='title']) .row input {
    font-size: 16px;
    font-weight: 600;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
