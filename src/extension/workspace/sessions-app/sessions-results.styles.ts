import { css } from 'lit';

export const sessionsResultsStyles = css`
  :host {
    display: block;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }
  th,
  td {
    text-align: left;
    padding: 9px 12px;
    border-bottom: 1px solid var(--_border);
    white-space: nowrap;
    max-width: 280px;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  th {
    position: sticky;
    top: 0;
    background: var(--_bg);
    font-weight: 600;
    color: var(--_muted);
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover {
    background: var(--_hover);
  }
  tbody tr:last-child td {
    border-bottom: none;
  }
  button.sort,
  button.link,
  button.tile-open {
    font: inherit;
    color: inherit;
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
    text-align: left;
  }
  button.sort {
    font-weight: 600;
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
  .arrow {
    font-size: 10px;
    opacity: 0.7;
  }
  button.link {
    color: var(--_accent-strong);
    font-weight: 500;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    gap: 12px;
  }
  .tile {
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
  }
  .tile:hover {
    border-color: var(--_accent);
  }
  button.tile-open {
    display: flex;
    flex-direction: column;
    gap: 8px;
    width: 100%;
    padding: 14px;
  }
  .tile-name {
    font-size: 14px;
    color: var(--_accent-strong);
  }
  dl {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 12px;
  }
  dl div {
    display: flex;
    gap: 6px;
  }
  dt {
    color: var(--_muted);
    min-width: 90px;
  }
  dd {
    margin: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;
