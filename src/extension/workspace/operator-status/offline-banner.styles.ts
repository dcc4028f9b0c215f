import { css } from 'lit';
import { statusDots } from './operator-status.styles';

export const offlineBannerStyles = [
  statusDots,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .banner {
      display: flex;
      align-items: center;
      gap: 10px;
      margin: 8px 12px;
      padding: 8px 8px 8px 14px;
      border: 1px solid #f3c4c4;
      border-radius: var(--_radius);
      background: var(--_danger-soft);
      color: var(--_text);
    }
    .text {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .error-text {
      color: var(--_danger);
      font-size: 13px;
    }
    .btn {
      height: 30px;
      padding: 0 12px;
    }
    .btn[aria-disabled='true'] {
      opacity: 0.6;
      cursor: progress;
    }
  `,
];
