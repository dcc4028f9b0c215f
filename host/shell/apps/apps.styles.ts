/** The Apps pages' and the form designer's look beyond the designer styles they share with Processes. */
import { css } from 'lit';

export const appsStyles = css`
  :host {
    height: 100%;
    overflow: auto;
    background: var(--lc-bg);
  }
  .card + .card {
    margin-top: 16px;
  }
  td.name a,
  .name-link {
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 18px;
    border-bottom: 1px solid var(--lc-border);
  }
  .toolbar input[type='search'] {
    font: inherit;
    height: 36px;
    width: min(360px, 100%);
    padding: 0 11px;
    border: 1px solid var(--lc-border);
    border-radius: 8px;
  }
  .toolbar input[type='search']:focus-visible {
    outline: none;
    border-color: var(--lc-accent);
    box-shadow: 0 0 0 3px var(--lc-accent-soft);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    height: 22px;
    padding: 0 8px;
    border-radius: 11px;
    background: var(--lc-hover);
    font-size: 12px;
    color: var(--lc-text);
    white-space: nowrap;
  }
  .chip .type {
    color: var(--lc-muted);
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .rows > li {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 16px;
    padding: 14px 18px;
    border-bottom: 1px solid var(--lc-border);
  }
  .rows > li:last-child {
    border-bottom: none;
  }
  .rows h3 {
    margin: 0;
    font-size: 14px;
    font-weight: 600;
  }
  .rows p {
    margin: 4px 0 0;
  }
  .rows .actions {
    display: flex;
    gap: 8px;
    flex-shrink: 0;
  }
  .btn.danger {
    color: var(--lc-danger);
  }
  .refusal {
    margin-top: 8px;
    color: var(--lc-danger);
    font-size: 13px;
  }
  .banner.success {
    margin-bottom: 16px;
  }
  .banner[role='alert'] {
    margin-bottom: 16px;
  }
`;
