import { css } from 'lit';
import { plainButton } from '../shared/ui.styles';

export const deskSearchStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
  }
  .box {
    display: flex;
    align-items: center;
    gap: 8px;
    height: 34px;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_muted);
  }
  .box:focus-within {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent-soft);
  }
  .box svg {
    flex-shrink: 0;
  }
  input {
    flex: 1;
    min-width: 0;
    height: 100%;
    border: none;
    outline: none;
    padding: 0;
    background: none;
    font: inherit;
    color: var(--_text);
  }
  input:focus-visible {
    outline: none;
  }
  .results {
    position: absolute;
    z-index: 20;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    max-height: min(420px, 70vh);
    overflow-y: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 10px 30px rgba(15, 23, 42, 0.14);
    padding: 6px;
  }
  .status {
    padding: 6px 8px;
    font-size: 13px;
    color: var(--_muted);
  }
  .status.error {
    color: var(--_danger);
  }
  .name-match {
    padding: 6px 8px 8px;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 4px;
    overflow-wrap: anywhere;
  }
  .label {
    display: block;
    font-size: 12px;
    color: var(--_muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .result {
    display: flex;
    flex-direction: column;
    gap: 2px;
    width: 100%;
    padding: 8px;
    ${plainButton}
  }
  .result:hover {
    background: var(--_hover);
  }
  .result:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .head {
    display: flex;
    justify-content: space-between;
    gap: 12px;
    font-size: 13px;
  }
  .who {
    font-weight: 600;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  time {
    flex-shrink: 0;
    color: var(--_muted);
  }
  .text {
    font-size: 13px;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_muted);
  }
  mark {
    background: #fde68a;
    color: inherit;
    border-radius: 2px;
    padding: 0 1px;
  }
`;
