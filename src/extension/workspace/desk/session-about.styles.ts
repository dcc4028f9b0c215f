import { css } from 'lit';

export const sessionAboutStyles = css`
  :host {
    display: block;
    background: var(--_surface);
    border-left: 1px solid var(--_border);
    padding: 18px 18px;
    overflow-y: auto;
  }
  .about-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin: -6px 0 8px;
    min-height: 32px;
  }
  .head-actions {
    display: flex;
    align-items: center;
    gap: 2px;
  }
  /* Only where the panel is a drawer (the session page's "session" container is narrow). */
  .drawer-close {
    display: none;
  }
  @container session (max-width: 759px) {
    .drawer-close {
      display: inline-flex;
    }
  }
  .detail {
    display: block;
    font-weight: 400;
    font-size: 13px;
    color: var(--_muted);
  }
  h2,
  h3 {
    font-size: 13px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  h3 {
    margin: 22px 0 12px;
    padding-top: 16px;
    border-top: 1px solid var(--_border);
  }
  dl {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
  dt {
    font-size: 12px;
    color: var(--_muted);
    margin-bottom: 2px;
  }
  dd {
    margin: 0;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .none {
    color: var(--_muted);
    font-weight: 400;
  }
  a {
    color: var(--_accent);
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  /* A value with its change button (Priority, Operator, Operator group). */
  .changeable {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 6px;
    min-height: 28px;
    margin-top: -4px;
    margin-bottom: -4px;
  }
  .changeable .value {
    min-width: 0;
  }
  .changeable lc-picker-menu,
  .changeable lc-operator-picker {
    flex-shrink: 0;
    margin-right: -6px;
  }
  .priority {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .priority::before {
    content: '';
    width: 8px;
    height: 8px;
    border-radius: 2px;
    background: currentColor;
  }
  .priority.high {
    color: var(--_danger);
  }
  .priority.medium {
    color: var(--_warning);
  }
  .priority.low {
    color: var(--_accent);
  }
  .priority.none {
    color: var(--_muted);
    font-weight: 400;
  }
  .priority.none::before {
    display: none;
  }
  .banner {
    margin-bottom: 14px;
    align-items: center;
  }
  .banner span {
    flex: 1;
  }
  .dismiss {
    height: 24px;
    padding: 0 6px;
    color: inherit;
  }
`;
