import { css } from 'lit';

/** The status dots, shared by the header control and the Offline banner. */
export const statusDots = css`
  .dot {
    flex-shrink: 0;
    width: 9px;
    height: 9px;
    border-radius: 50%;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .dot.online {
    background: var(--lc-online, #16a34a);
  }
  .dot.offline {
    background: var(--lc-offline, #dc2626);
  }
`;

export const operatorStatusStyles = [
  statusDots,
  css`
    :host {
      display: inline-block;
      position: relative;
    }
    :host([hidden]) {
      display: none;
    }
    .wrap {
      position: relative;
    }
    .trigger {
      display: inline-flex;
      align-items: center;
      gap: 7px;
      height: 30px;
      padding: 0 10px 0 11px;
      border: 1px solid var(--_border);
      border-radius: 15px;
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      font-size: 13px;
      font-weight: 500;
      cursor: pointer;
      white-space: nowrap;
    }
    .trigger:hover,
    .trigger[aria-expanded='true'] {
      background: var(--_hover);
    }
    .trigger:focus-visible,
    .switch:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .chevron {
      width: 12px;
      height: 12px;
      fill: none;
      stroke: var(--_muted);
      stroke-width: 1.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .popup {
      position: absolute;
      z-index: 30;
      top: calc(100% + 8px);
      right: 0;
      width: 280px;
      padding: 12px 14px;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 10px;
      box-shadow: 0 12px 32px rgba(15, 23, 42, 0.16);
      text-align: left;
    }
    .popup[hidden] {
      display: none;
    }
    .row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    .row-label {
      font-weight: 600;
    }
    .switch {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      padding: 2px;
      border: none;
      border-radius: 12px;
      background: none;
      color: var(--_text);
      font: inherit;
      font-size: 13px;
      cursor: pointer;
    }
    .switch[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.6;
    }
    .track {
      position: relative;
      width: 36px;
      height: 20px;
      border-radius: 10px;
      background: var(--lc-offline, #dc2626);
      transition: background 0.15s;
    }
    .thumb {
      position: absolute;
      top: 2px;
      left: 2px;
      width: 16px;
      height: 16px;
      border-radius: 50%;
      background: #fff;
      box-shadow: 0 1px 2px rgba(0, 0, 0, 0.25);
      transition: transform 0.15s;
    }
    .switch[aria-checked='true'] .track {
      background: var(--lc-online, #16a34a);
    }
    .switch[aria-checked='true'] .thumb {
      transform: translateX(16px);
    }
    .switch-text {
      min-width: 44px;
      text-align: left;
    }
    .hint {
      margin-top: 8px;
      color: var(--_muted);
      font-size: 13px;
    }
    .error-text {
      margin-top: 8px;
      color: var(--_danger);
      font-size: 13px;
    }
  `,
];
