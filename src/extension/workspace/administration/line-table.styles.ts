import { css } from 'lit';

export const lineTableStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 10px 12px;
    border-bottom: 1px solid var(--_border);
  }
  .search {
    display: flex;
    align-items: center;
    gap: 6px;
    flex: 0 1 320px;
    color: var(--_muted);
  }
  .search input {
    flex: 1;
  }
  .count {
    flex: 1;
    color: var(--_muted);
    font-size: 13px;
  }
  .toolbar .btn {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  tbody tr.chosen {
    background: var(--_accent-soft);
  }
  th.pick,
  td.pick {
    width: 1%;
    padding-right: 0;
  }
  td.name .link {
    font-weight: 600;
    font-size: 14px;
  }
`;
