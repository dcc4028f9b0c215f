import { css } from 'lit';

export const attachmentTrayStyles = css`
  :host {
    display: block;
  }
  .tray {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .chip {
    display: flex;
    align-items: center;
    gap: 8px;
    max-width: 280px;
    min-width: 180px;
    padding: 6px 6px 6px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .chip.failed {
    max-width: 420px;
    border-color: var(--_danger);
    background: var(--_danger-soft);
  }
  .icon {
    display: inline-flex;
    color: var(--_muted);
    flex: none;
  }
  .text {
    gap: 2px;
  }
  .error {
    font-size: 12px;
    color: var(--_danger);
  }
  .bar {
    display: block;
    height: 4px;
    border-radius: 2px;
    background: var(--_border);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_accent);
    transition: width 0.15s;
  }
  .remove {
    width: 26px;
    height: 26px;
  }
`;
