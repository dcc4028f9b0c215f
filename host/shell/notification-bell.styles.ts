import { css } from 'lit';
import { visuallyHidden } from './theme.styles';

export const notificationBellStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  .trigger {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 34px;
    height: 34px;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: #4b5563;
    cursor: pointer;
  }
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    background: var(--lc-hover);
    color: var(--lc-text);
  }
  .trigger:focus-visible {
    outline: 2px solid var(--lc-accent);
    outline-offset: 2px;
  }
  .trigger svg {
    width: 20px;
    height: 20px;
  }
  .count {
    position: absolute;
    top: 0;
    right: -4px;
    min-width: 18px;
    height: 18px;
    padding: 0 5px;
    border-radius: 9px;
    border: 2px solid var(--lc-surface);
    background: var(--lc-danger);
    color: #fff;
    font-size: 10px;
    font-weight: 700;
    line-height: 14px;
    text-align: center;
  }
  .panel {
    position: absolute;
    top: calc(100% + 8px);
    right: -8px;
    z-index: 20;
    width: 360px;
    max-height: min(480px, calc(100vh - 80px));
    display: flex;
    flex-direction: column;
    background: var(--lc-surface);
    border: 1px solid var(--lc-border);
    border-radius: 10px;
    box-shadow: 0 12px 32px rgba(15, 23, 42, 0.16);
    overflow: hidden;
  }
  .panel[hidden] {
    display: none;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 12px 14px;
    border-bottom: 1px solid var(--lc-border);
  }
  h2 {
    font-size: 14px;
    font-weight: 600;
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    color: var(--lc-accent);
    font: inherit;
    font-size: 13px;
    cursor: pointer;
  }
  .link:disabled {
    color: var(--lc-muted);
    cursor: default;
  }
  .link:focus-visible {
    outline: 2px solid var(--lc-accent);
    outline-offset: 2px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 4px 0;
    overflow-y: auto;
  }
  .notice {
    position: relative;
    display: grid;
    gap: 2px;
    width: 100%;
    padding: 9px 14px 9px 26px;
    border: none;
    background: none;
    text-align: left;
    font: inherit;
    color: var(--lc-text);
    cursor: pointer;
  }
  .notice:hover {
    background: var(--lc-hover);
  }
  .notice:focus-visible {
    outline: 2px solid var(--lc-accent);
    outline-offset: -2px;
  }
  .notice.unread::before {
    content: '';
    position: absolute;
    left: 11px;
    top: 16px;
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--lc-accent);
  }
  .title {
    font-weight: 500;
  }
  .notice.unread .title {
    font-weight: 600;
  }
  .text {
    color: var(--lc-muted);
    font-size: 13px;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  time {
    color: var(--lc-muted);
    font-size: 12px;
  }
  .empty {
    padding: 24px 14px;
    color: var(--lc-muted);
    text-align: center;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
`;
