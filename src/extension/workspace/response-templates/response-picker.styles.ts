import { css } from 'lit';

export const responsePickerStyles = css`
  :host {
    display: inline-block;
  }
  .wrap {
    position: relative;
  }
  .btn.icon.trigger {
    height: 40px;
    width: 40px;
    padding: 0;
  }
  .panel {
    position: absolute;
    bottom: calc(100% + 6px);
    left: 0;
    z-index: 20;
    width: 360px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .tabs {
    display: flex;
    gap: 4px;
    padding: 4px;
  }
  .tab {
    flex: 1;
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: 6px;
    padding: 6px 8px;
    font: inherit;
    cursor: pointer;
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    background: var(--_accent, #2563eb);
    border-color: var(--_accent, #2563eb);
    color: #fff;
  }
  .search-box input {
    width: 100%;
    box-sizing: border-box;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 260px;
    overflow-y: auto;
  }
  .item {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
    width: 100%;
    border: none;
    background: none;
    padding: 8px;
    border-radius: 6px;
    text-align: left;
    font: inherit;
    color: var(--_text);
    cursor: pointer;
  }
  .item:hover,
  .item:focus-visible {
    background: var(--_hover);
    outline: none;
  }
  .name {
    font-weight: 500;
  }
  .detail {
    font-size: 12px;
    color: var(--_muted);
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .none {
    padding: 10px 8px;
    color: var(--_muted);
    font-size: 13px;
  }
  .error-text {
    padding: 4px 8px;
  }
`;
