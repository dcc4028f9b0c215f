import { css } from 'lit';

export const pickerMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  .wrap {
    position: relative;
  }
  /* A small tool button next to a field: {+}, f(x). */
  .trigger.tool {
    min-width: 44px;
    height: 36px;
    padding: 0 10px;
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 13px;
    color: var(--_accent-strong);
  }
  .trigger.icon {
    width: 32px;
    height: 32px;
    padding: 0;
    font-size: 18px;
    line-height: 1;
  }
  .popup {
    position: absolute;
    z-index: 30;
    top: calc(100% + 4px);
    min-width: 260px;
    max-width: 360px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 10px 28px rgba(15, 23, 42, 0.16);
    padding: 4px;
    text-align: left;
  }
  /* Opened upwards when there is no room below the button. */
  .popup.up {
    top: auto;
    bottom: calc(100% + 4px);
  }
  .popup.start {
    left: 0;
  }
  .popup.end {
    right: 0;
  }
  .popup[hidden] {
    display: none;
  }
  .popup-head {
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    padding: 6px 8px 4px;
  }
  .search-box {
    padding: 4px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 260px;
    overflow: auto;
  }
  [role='option'],
  [role='menuitem'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 1px;
    width: 100%;
    padding: 7px 10px;
    border: none;
    border-radius: 6px;
    background: none;
    font: inherit;
    color: var(--_text);
    text-align: left;
    cursor: pointer;
  }
  [role='option'][data-active],
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_accent-soft);
    outline: none;
  }
  .item-label {
    font-weight: 500;
  }
  .item-detail {
    font-size: 12px;
    color: var(--_muted);
  }
  [role='option'] .item-detail {
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  }
  .empty {
    padding: 10px;
    color: var(--_muted);
    font-size: 13px;
  }
`;
