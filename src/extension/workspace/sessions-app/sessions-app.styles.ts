import { css } from 'lit';

export const sessionsAppStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .page {
    display: flex;
    flex-direction: column;
    gap: 14px;
    padding: 20px 24px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  h1 {
    font-size: 20px;
    font-weight: 600;
    margin: 0;
  }
  .count {
    color: var(--_muted);
    font-size: 13px;
  }
  .spacer {
    flex: 1;
  }
  .switch {
    display: inline-flex;
  }
  .switch .btn:first-child {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }
  .switch .btn:last-child {
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
    margin-left: -1px;
  }
  .btn.pressed {
    background: var(--_accent-soft);
    border-color: var(--_accent);
    color: var(--_accent-strong);
  }
  details.chooser {
    position: relative;
  }
  details.chooser summary {
    list-style: none;
  }
  details.chooser summary::-webkit-details-marker {
    display: none;
  }
  details.chooser fieldset {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 5;
    display: flex;
    flex-direction: column;
    gap: 6px;
    min-width: 200px;
    max-height: 360px;
    overflow: auto;
    margin: 0;
    padding: 12px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 8px 24px rgba(15, 23, 42, 0.15);
  }
  details.chooser legend {
    font-weight: 600;
    font-size: 12px;
    color: var(--_muted);
    float: left;
    margin-bottom: 4px;
  }
  details.chooser label {
    display: flex;
    gap: 8px;
    align-items: center;
    font-size: 13px;
    white-space: nowrap;
  }
  .more {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 8px;
    padding: 32px;
    border: 1px dashed var(--_border);
    border-radius: 10px;
    color: var(--_muted);
  }
  .empty strong {
    color: var(--_text);
    font-size: 15px;
  }
`;
