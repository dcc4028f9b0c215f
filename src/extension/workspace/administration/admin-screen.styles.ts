import { css } from 'lit';

export const adminScreenStyles = css`
  :host {
    display: block;
    height: 100%;
    overflow: auto;
    background: var(--_bg);
  }
  .page {
    padding: 28px 32px 40px;
    max-width: 1100px;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    margin-bottom: 20px;
  }
  .head-actions {
    display: flex;
    gap: 8px;
  }
  h1 {
    font-size: 22px;
    font-weight: 600;
  }
  .sub {
    color: var(--_muted);
    margin-top: 4px;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 10px;
    overflow: hidden;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th {
    text-align: left;
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    background: var(--_bg);
    padding: 10px 16px;
    border-bottom: 1px solid var(--_border);
  }
  td {
    padding: 12px 16px;
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  tr:last-child td {
    border-bottom: none;
  }
  tbody tr:hover {
    background: var(--_hover);
  }
  td.name .link {
    font-weight: 600;
    font-size: 14px;
  }
  td.groups {
    color: var(--_text);
  }
  td.muted {
    color: var(--_muted);
  }
  td.actions {
    width: 1%;
    white-space: nowrap;
    text-align: right;
  }
  .empty {
    padding: 48px 24px;
    text-align: center;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 12px;
    color: var(--_muted);
  }
  .empty strong {
    color: var(--_text);
    font-size: 16px;
  }
  .loading {
    padding: 32px;
    color: var(--_muted);
  }
  .banner {
    margin-bottom: 16px;
  }
`;
