import { css } from 'lit';

export const importButtonStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(560px, calc(100vw - 32px));
  }
  .hint {
    margin: 0 0 12px;
    color: var(--_muted);
    line-height: 1.5;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 12px;
    background: var(--_bg);
    padding: 1px 4px;
    border-radius: 4px;
  }
  .banner {
    display: block;
    margin-top: 12px;
  }
  .problems {
    margin: 6px 0 0;
    padding-left: 18px;
  }
`;
