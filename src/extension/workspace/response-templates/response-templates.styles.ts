import { css } from 'lit';

/** The Articles and Templates pages: a toolbar, an optional folder tree, and a table. */
export const responseTemplatesStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 14px;
    padding: 20px 24px;
    min-height: 0;
    overflow: auto;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
  }
  h1 {
    font-size: 20px;
    font-weight: 600;
    margin: 0;
  }
  .toolbar {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .toolbar input[type='search'] {
    width: 260px;
  }
  .body {
    display: flex;
    gap: 16px;
    align-items: flex-start;
  }
  .folders {
    flex: 0 0 220px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    padding: 6px;
  }
  .folders ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .folder {
    display: block;
    width: 100%;
    text-align: left;
    border: none;
    background: none;
    border-radius: 6px;
    padding: 6px 8px;
    font: inherit;
    color: var(--_text);
    cursor: pointer;
  }
  .folder[aria-current='true'] {
    background: var(--_accent-soft);
    color: var(--_accent-strong);
    font-weight: 500;
  }
  .folder-actions {
    display: flex;
    gap: 4px;
    padding: 6px 2px 2px;
    border-top: 1px solid var(--_border);
    margin-top: 6px;
  }
  .table-wrap {
    flex: 1;
    min-width: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  th,
  td {
    text-align: left;
    padding: 9px 12px;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    font-size: 12px;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  td.mono {
    font-family: ui-monospace, monospace;
    font-size: 12px;
    white-space: pre-wrap;
  }
  td.actions {
    white-space: nowrap;
    width: 1%;
  }
  .empty {
    border: 1px dashed var(--_border);
    border-radius: 8px;
    padding: 28px;
    text-align: center;
    color: var(--_muted);
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .empty strong {
    color: var(--_text);
  }
  textarea {
    min-height: 70px;
    resize: vertical;
  }
`;
