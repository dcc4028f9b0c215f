/**
 * Looks shared by the list and settings pages (Administration › Live Chats, Group settings, Form
 * settings): a scrolling page, a data table in a card, its empty state, and a page head with
 * crumbs, title, subtitle and actions.
 */
import { css } from 'lit';

/** A page that scrolls inside the screen; each page sets its own `.page { max-width }`. */
export const scrollPage = css`
  :host {
    display: block;
    height: 100%;
    overflow: auto;
    background: var(--_bg);
  }
  .page {
    padding: 24px 28px 40px;
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
`;

export const dataTable = css`
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
  td.muted {
    color: var(--_muted);
  }
  td.actions {
    width: 1%;
    white-space: nowrap;
    text-align: right;
  }
  td.actions .btn {
    padding: 0 8px;
  }
  .empty,
  .loading {
    padding: 40px 24px;
    text-align: center;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 8px;
    color: var(--_muted);
  }
  .empty strong {
    color: var(--_text);
    font-size: 16px;
  }
`;

export const pageHead = css`
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 16px;
  }
  .crumbs {
    font-size: 13px;
    margin-bottom: 6px;
  }
  h1 {
    font-size: 22px;
    font-weight: 600;
  }
  .sub {
    color: var(--_muted);
    margin-top: 4px;
    max-width: 620px;
  }
  .head-actions {
    display: flex;
    gap: 8px;
    flex-shrink: 0;
  }
  .banner.success {
    background: color-mix(in srgb, var(--_success) 10%, var(--_surface));
    color: var(--_success);
    border: 1px solid color-mix(in srgb, var(--_success) 25%, transparent);
  }
`;
