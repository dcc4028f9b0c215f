import { css } from 'lit';

export const conditionBuilderStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .empty {
    color: var(--_muted);
    font-size: 13px;
    padding: 10px 12px;
    border: 1px dashed var(--_border);
    border-radius: 8px;
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .group {
    border: 1px solid var(--_border);
    border-left: 3px solid var(--_accent);
    border-radius: 8px;
    padding: 8px 10px 10px;
    background: color-mix(in srgb, var(--_accent-soft) 40%, var(--_surface));
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .group > .items {
    padding-left: 18px;
  }
  .group-label {
    font-size: 12px;
    font-weight: 600;
    color: var(--_accent-strong);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .row {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .line {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 6px;
  }
  .under,
  .problem {
    margin-left: 120px;
  }
  .spacer {
    flex: 1;
  }
  select,
  input.value {
    height: 32px;
    font: inherit;
    font-size: 13px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0 8px;
  }
  select:focus-visible,
  input:focus-visible {
    outline: none;
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent-soft);
  }
  select:disabled {
    color: var(--_text);
    background: var(--_bg);
    opacity: 1;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .join {
    width: 92px;
    flex-shrink: 0;
  }
  select.join {
    font-weight: 600;
    font-size: 12px;
  }
  /* "If" where the rows below have their join: its text starts where the select's text does. */
  .join.first {
    display: inline-block;
    text-align: left;
    padding-left: 9px;
    font-size: 12px;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
  }
  .attribute {
    width: 190px;
  }
  .operator {
    width: 150px;
  }
  .operator.fixed {
    padding: 0 9px;
    font-size: 13px;
    color: var(--_muted);
  }
  input.value.text {
    width: 220px;
  }
  input.value.time {
    width: 110px;
  }
  .value.param input,
  .value.param select {
    width: 220px;
    height: 32px;
    font-size: 13px;
    padding: 0 8px;
  }
  .and {
    color: var(--_muted);
    font-size: 13px;
  }
  .checks {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .check-chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    height: 28px;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: 14px;
    background: var(--_surface);
    font-size: 13px;
    cursor: pointer;
  }
  .check-chip:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    color: var(--_accent-strong);
  }
  .check-chip:focus-within {
    box-shadow: 0 0 0 3px var(--_accent-soft);
  }
  input.pick {
    flex-shrink: 0;
  }
  .problem {
    font-size: 12px;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: 8px;
    flex-wrap: wrap;
  }
`;
