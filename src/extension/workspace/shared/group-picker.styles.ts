import { css } from 'lit';

export const groupPickerStyles = css`
  :host {
    display: block;
    position: relative;
  }
  .box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    min-height: 36px;
    padding: 4px 6px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    cursor: text;
  }
  .box:focus-within {
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent-soft);
  }
  .box.disabled {
    background: var(--_bg);
    cursor: default;
  }
  .chip {
    background: var(--_accent-soft);
    color: var(--_accent-strong);
    padding-right: 2px;
  }
  .chip button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 18px;
    height: 18px;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
    font-size: 14px;
    line-height: 1;
  }
  .chip button:hover,
  .chip button:focus-visible {
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
    outline: none;
  }
  input.query {
    flex: 1;
    min-width: 120px;
    border: none;
    padding: 4px;
    box-shadow: none;
    background: transparent;
  }
  input.query:focus-visible {
    box-shadow: none;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 20;
    left: 0;
    right: 0;
    top: calc(100% + 4px);
    margin: 0;
    padding: 4px;
    list-style: none;
    max-height: 220px;
    overflow: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 8px 24px rgba(15, 23, 42, 0.12);
  }
  [role='option'] {
    padding: 7px 10px;
    border-radius: 5px;
    cursor: pointer;
  }
  [role='option'][data-active] {
    background: var(--_accent-soft);
    color: var(--_accent-strong);
  }
  .empty {
    padding: 8px 10px;
    color: var(--_muted);
  }
`;
