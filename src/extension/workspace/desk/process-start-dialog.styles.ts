import { css } from 'lit';

export const processStartDialogStyles = css`
  .note,
  .muted {
    color: var(--_muted);
    font-size: 13px;
  }
  .choices {
    border: 1px solid var(--_border);
    border-radius: 8px;
    margin: 0;
    padding: 4px;
    max-height: 280px;
    overflow: auto;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 8px 10px;
    border-radius: 6px;
    cursor: pointer;
  }
  .choice:hover {
    background: var(--_hover);
  }
  .choice.chosen {
    background: var(--_accent-soft);
  }
  .choice input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice-text {
    display: flex;
    flex-direction: column;
  }
  .choice-name {
    font-weight: 500;
  }
  code {
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 12px;
    color: var(--_muted);
  }
  .result {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 14px 16px;
    border-radius: 8px;
    border: 1px solid var(--_border);
  }
  .result.done {
    background: color-mix(in srgb, var(--_success) 9%, var(--_surface));
    border-color: color-mix(in srgb, var(--_success) 30%, transparent);
    color: var(--_success);
  }
  .result.running {
    background: var(--_accent-soft);
    color: var(--_accent-strong);
  }
  .result.error {
    background: var(--_danger-soft);
    border-color: color-mix(in srgb, var(--_danger) 25%, transparent);
    color: var(--_danger);
  }
  .result strong {
    color: var(--_text);
  }
`;
