import { css } from 'lit';

export const reportsPageStyles = css`
  :host {
    display: block;
    min-height: 0;
    overflow-y: auto;
    background: var(--_bg);
  }
  .page {
    display: flex;
    flex-direction: column;
    gap: 16px;
    padding: 20px 24px 32px;
    max-width: 1100px;
  }
  h1 {
    font-size: 20px;
    font-weight: 600;
  }
  h2 {
    font-size: 16px;
    font-weight: 600;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 12px 16px;
    padding: 16px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4px 6px;
  }
  select:focus-visible {
    outline: none;
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent-soft);
  }
  .period {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 200px));
    gap: 12px 16px;
  }
  .period select {
    height: 36px;
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .report {
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: 16px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  figure {
    margin: 0;
    max-width: 760px;
  }
  figcaption {
    font-size: 13px;
    color: var(--_muted);
    margin-bottom: 6px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 13px;
  }
  th,
  td {
    text-align: left;
    padding: 7px 10px;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-weight: 600;
    color: var(--_muted);
    font-size: 12px;
  }
  tbody th {
    font-weight: 500;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent-strong);
    font-size: 13px;
  }
  details table {
    margin-top: 8px;
    max-width: 420px;
  }
  .empty {
    display: flex;
    flex-direction: column;
    gap: 4px;
    align-items: center;
    padding: 40px 16px;
    color: var(--_muted);
    background: var(--_surface);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .empty strong {
    color: var(--_text);
  }
`;
