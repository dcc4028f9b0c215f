import { css } from 'lit';

export const messagesScreenStyles = css`
  :host {
    display: grid;
    grid-template-columns: 280px minmax(0, 1fr);
    height: 100%;
    min-height: 0;
    background: var(--_bg);
  }
  aside {
    display: flex;
    flex-direction: column;
    border-right: 1px solid var(--_border);
    background: var(--_surface);
    min-height: 0;
  }
  aside header {
    padding: 16px 16px 12px;
    border-bottom: 1px solid var(--_border);
  }
  aside h2 {
    font-size: 16px;
    font-weight: 600;
  }
  aside p {
    color: var(--_muted);
    font-size: 12px;
    margin-top: 2px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 6px;
    overflow-y: auto;
  }
  .line {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  .icon {
    width: 36px;
    height: 36px;
    border-radius: 50%;
    display: flex;
    align-items: center;
    justify-content: center;
    background: var(--_accent);
    color: #fff;
    flex-shrink: 0;
  }
  .icon svg {
    width: 18px;
    height: 18px;
  }
  .line-name {
    font-weight: 600;
  }
  .chat {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--_surface);
  }
  .chat header {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 20px;
    min-height: 64px;
    border-bottom: 1px solid var(--_border);
  }
  .chat h2 {
    font-size: 17px;
    font-weight: 600;
  }
  .status {
    font-size: 13px;
    color: var(--_muted);
  }
  .status.offline {
    color: var(--_danger);
  }
  lc-message-list {
    flex: 1;
    min-height: 0;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    padding: 32px;
    color: var(--_muted);
    text-align: center;
    background: var(--_bg);
  }
  .placeholder strong {
    color: var(--_text);
    font-size: 15px;
  }
  .placeholder.full {
    grid-column: 1 / -1;
  }
  .banner {
    margin: 12px 20px 0;
  }
`;
