import { css } from 'lit';

export const sessionListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--_surface);
    border-right: 1px solid var(--_border);
  }
  header {
    padding: 16px 16px 12px;
    border-bottom: 1px solid var(--_border);
  }
  h2 {
    font-size: 16px;
    font-weight: 600;
  }
  .line-name {
    color: var(--_muted);
    font-size: 12px;
    margin-top: 2px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 6px;
    overflow-y: auto;
    flex: 1;
  }
  li + li {
    margin-top: 2px;
  }
  .item {
    display: grid;
    grid-template-columns: 36px 1fr auto;
    gap: 4px 10px;
  }
  .avatar {
    grid-row: span 2;
    width: 36px;
    height: 36px;
    border-radius: 50%;
    display: flex;
    align-items: center;
    justify-content: center;
    font-size: 12px;
    font-weight: 600;
    background: #e7e9f0;
    color: #4b5563;
  }
  .name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .time {
    font-size: 12px;
    color: var(--_muted);
    white-space: nowrap;
  }
  /* The second line takes the width of the time above it too: only the badges stay beside it. */
  .second {
    grid-column: 2 / -1;
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
  }
  .client {
    flex: 1;
    min-width: 0;
    color: var(--_muted);
    font-size: 13px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Active sessions: the dot, then who has the session, cut with an ellipsis only when it must be. */
  .client .state {
    display: flex;
    min-width: 0;
  }
  .client .state::before {
    flex-shrink: 0;
  }
  .client .state .text {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .params {
    grid-column: 2 / -1;
    display: flex;
    align-items: baseline;
    gap: 6px;
    min-width: 0;
    font-size: 12px;
    color: var(--_text);
    overflow: hidden;
    white-space: nowrap;
  }
  .param {
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
  }
  .param-name,
  .sep,
  .more-params {
    color: var(--_muted);
  }
  .more-params {
    flex-shrink: 0;
  }
  .marks {
    display: flex;
    flex-shrink: 0;
    gap: 4px;
    justify-content: flex-end;
    align-items: center;
  }
  .empty,
  .loading {
    padding: 32px 20px;
    text-align: center;
    color: var(--_muted);
  }
  .more {
    padding: 8px;
    text-align: center;
  }
  .error {
    margin: 10px;
  }
`;
