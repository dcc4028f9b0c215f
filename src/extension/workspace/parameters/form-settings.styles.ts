import { css } from 'lit';

export const formSettingsStyles = css`
  .page {
    max-width: 1080px;
  }
  .panes {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 320px;
    gap: 16px;
    align-items: start;
  }
  .pane {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 10px;
    padding: 16px 18px 18px;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .pane.types {
    position: sticky;
    top: 0;
  }
  h2 {
    font-size: 15px;
    font-weight: 600;
  }
  h3.group {
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
    margin: 6px 0 0;
  }
  .note {
    color: var(--_muted);
    font-size: 13px;
  }
  .props,
  .type-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .props.custom {
    min-height: 64px;
    padding: 6px;
    margin: 0 -6px;
    border: 1px dashed transparent;
    border-radius: 8px;
    transition: background 0.12s, border-color 0.12s;
  }
  .props.custom.dropping {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .prop {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 9px 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
  }
  .props:not(.custom) {
    gap: 0;
    border: 1px solid var(--_border);
    border-radius: 8px;
    overflow: hidden;
  }
  .prop.system {
    border: none;
    border-radius: 0;
    padding: 7px 12px;
    background: var(--_bg);
  }
  .prop.system + .prop.system {
    border-top: 1px solid var(--_border);
  }
  .prop.system .prop-name {
    flex: 1;
  }
  .prop-type {
    font-size: 12px;
    color: var(--_muted);
  }
  .lock {
    display: inline-flex;
    color: #9aa1ad;
  }
  .prop.custom {
    cursor: grab;
  }
  .prop.custom:hover {
    border-color: color-mix(in srgb, var(--_accent) 40%, var(--_border));
  }
  .prop-main {
    display: flex;
    flex-direction: column;
    min-width: 0;
    flex: 1;
  }
  .prop-name {
    font-weight: 500;
  }
  .prop-meta {
    font-size: 12px;
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  code {
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 12px;
    color: var(--_text);
  }
  .tag {
    display: inline-block;
    padding: 0 6px;
    border-radius: 8px;
    font-size: 10px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    background: var(--_accent-soft);
    color: var(--_accent-strong);
    vertical-align: 1px;
  }
  .prop-actions {
    display: flex;
    gap: 2px;
    flex-shrink: 0;
  }
  .grip {
    color: #b6bcc6;
    font-size: 12px;
    letter-spacing: -2px;
    cursor: grab;
    user-select: none;
  }
  .drop-hint {
    padding: 18px;
    text-align: center;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: 8px;
    font-size: 13px;
  }
  .drop-hint.active {
    border-color: var(--_accent);
    color: var(--_accent-strong);
  }
  .drop-line {
    height: 3px;
    border-radius: 2px;
    background: var(--_accent);
    margin: -2px 0;
  }
  .type-list {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 6px;
  }
  .type {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    height: 36px;
    padding: 0 8px 0 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    font: inherit;
    color: var(--_text);
    text-align: left;
    cursor: grab;
  }
  .type:hover:not(:disabled) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .type:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .type:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .type-label {
    flex: 1;
    font-weight: 500;
    font-size: 13px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .type-add {
    display: inline-flex;
    color: var(--_accent);
  }
  .loading {
    color: var(--_muted);
    padding: 12px 0;
  }
`;
