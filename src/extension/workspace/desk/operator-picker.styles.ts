import { css } from 'lit';

export const operatorPickerStyles = css`
  :host {
    display: inline-block;
  }
  .trigger.icon {
    width: 32px;
    height: 32px;
    padding: 0;
  }
  .popup {
    position: fixed;
    z-index: 40;
    width: 300px;
  }
  .note {
    margin: 0 8px 6px;
    font-size: 12px;
    color: var(--_muted);
  }
  ul {
    max-height: 280px;
  }
  ul:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
    border-radius: 6px;
  }
  [role='option'] {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 7px 10px;
    border-radius: 6px;
    cursor: pointer;
  }
  [role='option'][data-active] {
    background: var(--_accent-soft);
  }
  [role='option'][aria-disabled='true'] {
    cursor: default;
  }
  [role='option'][aria-disabled='true'] .name {
    color: var(--_muted);
  }
  .dot {
    flex-shrink: 0;
    width: 9px;
    height: 9px;
    border-radius: 50%;
  }
  .dot.online {
    background: #22a05b;
    box-shadow: 0 0 0 2px color-mix(in srgb, #22a05b 22%, transparent);
  }
  .dot.offline {
    background: var(--_danger);
    box-shadow: 0 0 0 2px color-mix(in srgb, var(--_danger) 18%, transparent);
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1;
  }
  .name {
    font-weight: 500;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .meta {
    font-size: 12px;
    color: var(--_muted);
  }
  .status.online {
    color: var(--_success);
  }
  .status.offline {
    color: var(--_danger);
  }
  .tag {
    flex-shrink: 0;
    font-size: 11px;
    color: var(--_muted);
    background: var(--_hover);
    border-radius: 10px;
    padding: 2px 8px;
  }
`;
