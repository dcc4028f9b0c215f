import { css } from 'lit';
import { bareFieldset } from '../shared/ui.styles';

export const globalSettingsStyles = css`
  .sub {
    color: var(--_muted);
    margin-top: 4px;
  }
  .loading {
    padding: 24px 0;
    color: var(--_muted);
  }
  input.number {
    width: 120px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  fieldset {
    ${bareFieldset}
    gap: 8px;
    min-width: 0;
  }
  legend {
    font-weight: 500;
    font-size: 13px;
    padding: 0;
    margin-bottom: 8px;
  }
  input[type='radio'] {
    width: 16px;
    height: 16px;
    accent-color: var(--_accent);
    margin: 0;
  }
  .toggle-row {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 10px;
    cursor: pointer;
    font-weight: 500;
  }
  .toggle-row .hint {
    padding-left: 46px;
  }
  input[role='switch'] {
    appearance: none;
    flex: none;
    width: 36px;
    height: 20px;
    margin: 0;
    border-radius: 10px;
    background: var(--_border);
    position: relative;
    cursor: pointer;
    transition: background 0.15s;
  }
  input[role='switch']::after {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: #fff;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.25);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    background: var(--_accent);
  }
  input[role='switch']:checked::after {
    transform: translateX(16px);
  }
  input[role='switch']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .channel-list {
    display: flex;
    flex-direction: column;
    gap: 6px;
    max-height: 220px;
    overflow: auto;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .channel-list .check {
    font-weight: 400;
  }
  .empty-note {
    color: var(--_muted);
    font-size: 13px;
  }
  .two-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
    gap: 16px;
  }
  .sound-row,
  .tag-add {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .sound-row select {
    flex: 1;
  }
  .tag-add input {
    flex: 1;
  }
  .tags {
    list-style: none;
    margin: 0 0 8px;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .tags .chip {
    gap: 4px;
  }
  .tags .chip button {
    border: none;
    background: none;
    font: inherit;
    font-size: 15px;
    line-height: 1;
    color: var(--_muted);
    cursor: pointer;
    padding: 0 2px;
    border-radius: 4px;
  }
  .tags .chip button:hover,
  .tags .chip button:focus-visible {
    color: var(--_danger);
    outline: 2px solid var(--_accent);
    outline-offset: 0;
  }
`;
