import { css } from 'lit';

export const ruleListStyles = css`
  :host {
    display: block;
  }
  .section-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 16px;
  }
  .section-note {
    color: var(--_muted);
    font-size: 13px;
    margin-top: 4px;
  }
  .rules {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .rule {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    padding: 10px 10px 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
  }
  .rule[draggable='true'] {
    cursor: grab;
  }
  .rule[draggable='true']:hover {
    border-color: color-mix(in srgb, var(--_accent) 40%, var(--_border));
  }
  .rule.default {
    background: var(--_bg);
    border-style: dashed;
    cursor: default;
  }
  .grip {
    color: #b6bcc6;
    font-size: 12px;
    letter-spacing: -2px;
    user-select: none;
    padding-top: 3px;
  }
  .rule.default .grip {
    visibility: hidden;
  }
  .order {
    flex-shrink: 0;
    width: 22px;
    height: 22px;
    border-radius: 11px;
    background: var(--_hover);
    color: var(--_muted);
    font-size: 12px;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .rule-main {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .rule-name {
    font-weight: 600;
    font-size: 14px;
    color: var(--_text);
  }
  button.rule-name {
    color: var(--_accent);
    align-self: flex-start;
  }
  .rule-text {
    font-size: 13px;
    color: var(--_text);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .rule.default .rule-text {
    color: var(--_muted);
    white-space: normal;
  }
  .kw {
    display: inline-block;
    min-width: 34px;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .extras {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 4px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    height: 22px;
    padding: 0 8px;
    border-radius: 11px;
    background: var(--_accent-soft);
    color: var(--_accent-strong);
    font-size: 12px;
  }
  .fixed {
    font-size: 12px;
    color: var(--_muted);
    padding-top: 2px;
    white-space: nowrap;
  }
  .empty {
    padding: 14px 16px;
    border: 1px dashed var(--_border);
    border-radius: 8px;
    color: var(--_muted);
    font-size: 13px;
  }
  .loading {
    color: var(--_muted);
    padding: 8px 0;
  }
  .drop-line {
    height: 3px;
    border-radius: 2px;
    background: var(--_accent);
    margin: -2px 0;
  }
  .rules.dropping .rule:not(.default) {
    border-color: color-mix(in srgb, var(--_accent) 30%, var(--_border));
  }
`;
