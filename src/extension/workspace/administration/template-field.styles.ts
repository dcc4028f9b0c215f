import { css } from 'lit';

export const templateFieldStyles = css`
  :host {
    display: block;
  }
  .row {
    display: flex;
    gap: 6px;
    align-items: stretch;
  }
  .row input {
    flex: 1;
    min-width: 0;
  }
  .mono {
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 13px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .preview {
    display: flex;
    align-items: baseline;
    gap: 10px;
    padding: 8px 12px;
    border-radius: 6px;
    background: var(--_bg);
    border: 1px dashed var(--_border);
    min-height: 36px;
  }
  .preview-label {
    flex-shrink: 0;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  .preview-text {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .preview-text.none {
    color: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }
  .problems {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .problems[hidden] {
    display: none;
  }
  .problem {
    color: var(--_danger);
    font-size: 13px;
  }
  .problem::before {
    content: '⚠ ';
  }
`;
