/** What a file looks like in the composer's tray and in a message: its name over its size, and small icon buttons. */
import { css } from 'lit';

export const attachmentFileStyles = css`
  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1;
  }
  .name {
    font-weight: 500;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .size {
    font-size: 12px;
    color: var(--_muted);
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    width: 32px;
    height: 32px;
    border: none;
    border-radius: 6px;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_hover);
    color: var(--_text);
  }
  .icon-button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
`;
