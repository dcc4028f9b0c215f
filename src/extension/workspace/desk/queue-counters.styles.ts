import { css } from 'lit';

export const queueCountersStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .counters {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .counter {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    min-height: 36px;
    padding: 6px 12px;
    white-space: nowrap;
    border-radius: 18px;
    font: inherit;
    font-weight: 600;
    font-size: 13px;
    text-align: left;
  }
  .counter .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: currentColor;
    flex-shrink: 0;
  }
  .operator {
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: #fff;
    cursor: pointer;
  }
  .operator:hover:not([aria-disabled='true']) {
    background: var(--_accent-strong);
  }
  .operator:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .operator[aria-disabled='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent-soft);
    color: var(--_accent);
    cursor: default;
  }
  .operator .action {
    margin-left: auto;
    font-weight: 500;
    font-size: 12px;
  }
  .supervisor {
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_muted);
  }
  .supervisor span:last-child {
    color: var(--_text);
  }
  .supervisor.waiting .dot {
    background: #d97706;
  }
  .error {
    display: flex;
    align-items: flex-start;
    gap: 4px;
    padding: 6px 4px 6px 10px;
    border-radius: 6px;
    background: var(--_danger-soft);
    color: var(--_danger);
    font-size: 12px;
  }
  .error span {
    flex: 1;
    padding-top: 4px;
  }
  .error .dismiss {
    height: 24px;
    width: 24px;
    padding: 0;
  }
`;
