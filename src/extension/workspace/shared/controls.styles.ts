/**
 * Controls the editors opt in to (the rule dialog and its additional actions, the conditions
 * builder, the process and parameter dialogs, lists with row actions): a select with the fields'
 * colours and focus ring, as high as a button (the parameter dialog makes its own taller); small
 * buttons and the × that removes a row. Opt-in, because the roomier screens style their own.
 */
import { css } from 'lit';

export const selects = css`
  select {
    height: 34px;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0 8px;
  }
  select:focus-visible {
    outline: none;
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent-soft);
  }
  select:disabled {
    color: var(--_muted);
    background: var(--_bg);
  }
`;

export const smallButtons = css`
  .btn.small {
    height: 28px;
    padding: 0 10px;
    font-size: 13px;
  }
  .remove {
    width: 28px;
    padding: 0;
    font-size: 16px;
  }
`;
