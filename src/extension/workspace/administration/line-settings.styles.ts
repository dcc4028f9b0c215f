import { css } from 'lit';

export const lineSettingsStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 16px;
    margin-bottom: 16px;
  }
  .crumbs {
    font-size: 13px;
    margin-bottom: 6px;
  }
  h1 {
    font-size: 22px;
    font-weight: 600;
  }
  [role='tablist'] {
    display: flex;
    gap: 4px;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 20px;
  }
  [role='tab'] {
    border: none;
    background: none;
    font: inherit;
    font-weight: 500;
    color: var(--_muted);
    padding: 10px 14px;
    margin-bottom: -1px;
    border-bottom: 2px solid transparent;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_accent);
    border-bottom-color: var(--_accent);
  }
  [role='tab']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 16px;
    max-width: 720px;
  }
  .section-note {
    color: var(--_muted);
    font-size: 13px;
    margin-top: -8px;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
    font-weight: 500;
  }
  .channels {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .channel {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .channel-name {
    font-weight: 500;
  }
  .channel-type {
    color: var(--_muted);
    font-size: 12px;
  }
  .channel-state {
    font-size: 12px;
    font-weight: 500;
    color: var(--_success);
  }
  .channel-state.off {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 12px;
    position: sticky;
    bottom: 0;
    padding: 12px 0 4px;
    background: linear-gradient(to top, var(--_bg) 75%, transparent);
  }
  .saved {
    color: var(--_success);
    font-size: 13px;
  }
  select {
    width: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 7px 10px;
  }
  select:focus-visible {
    outline: none;
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent-soft);
  }
`;
