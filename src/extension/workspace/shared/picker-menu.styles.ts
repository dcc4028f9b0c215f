import { css } from 'lit';
import { plainButton } from './ui.styles';

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
  ul {
    max-height: 260px;
  }
  [role='option'],
  [role='menuitem'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 1px;
    width: 100%;
    padding: 7px 10px;
    ${plainButton}
  }
  [role='option'][data-active],
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_accent-soft);
    outline: none;
  }
  [role='option'][aria-disabled='true'],
  [role='menuitem'][aria-disabled='true'] {
    cursor: not-allowed;
  }
  [aria-disabled='true'] .item-label {
    color: var(--_muted);
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
`;
