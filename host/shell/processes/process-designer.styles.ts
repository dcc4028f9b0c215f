/** The process designer's look, shared by its elements; colours come from the shell's theme. */
import { css } from 'lit';

export const designerStyles = css`
  :host {
    display: block;
    --lc-success: #1e7d4f;
    --lc-success-soft: #e7f5ee;
    --lc-code-bg: #fbfbfc;
  }
  .page {
    padding: 28px 32px 48px;
    max-width: 1240px;
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 16px;
    margin-bottom: 20px;
  }
  h1 {
    font-size: 22px;
    font-weight: 600;
  }
  h2 {
    font-size: 15px;
    font-weight: 600;
  }
  .sub {
    color: var(--lc-muted);
    margin-top: 4px;
  }
  .crumbs {
    font-size: 13px;
    margin-bottom: 6px;
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    font: inherit;
    color: var(--lc-accent);
    cursor: pointer;
    text-align: left;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  .link:focus-visible {
    outline: 2px solid var(--lc-accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .card {
    background: var(--lc-surface);
    border: 1px solid var(--lc-border);
    border-radius: 10px;
    overflow: hidden;
  }
  .card > header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    padding: 14px 18px;
    border-bottom: 1px solid var(--lc-border);
  }
  .card > header .note {
    color: var(--lc-muted);
    font-size: 13px;
  }
  .card-body {
    padding: 16px 18px 18px;
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
    color: var(--lc-muted);
    background: var(--lc-bg);
    padding: 9px 16px;
    border-bottom: 1px solid var(--lc-border);
    white-space: nowrap;
  }
  td {
    padding: 11px 16px;
    border-bottom: 1px solid var(--lc-border);
    vertical-align: top;
  }
  tr:last-child td {
    border-bottom: none;
  }
  tbody tr:hover {
    background: var(--lc-hover);
  }
  td.muted,
  .muted {
    color: var(--lc-muted);
  }
  td.nowrap {
    white-space: nowrap;
  }
  code,
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 12.5px;
  }
  code.tag {
    background: var(--lc-hover);
    border-radius: 4px;
    padding: 1px 6px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    height: 22px;
    padding: 0 9px;
    border-radius: 11px;
    font-size: 12px;
    font-weight: 600;
    white-space: nowrap;
    background: var(--lc-hover);
    color: var(--lc-muted);
  }
  .badge::before {
    content: '';
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  .badge.done {
    background: var(--lc-success-soft);
    color: var(--lc-success);
  }
  .badge.error {
    background: var(--lc-danger-soft);
    color: var(--lc-danger);
  }
  .badge.running {
    background: var(--lc-accent-soft);
    color: var(--lc-accent);
  }
  .badge.plain::before {
    display: none;
  }
  .empty {
    padding: 36px 24px;
    text-align: center;
    color: var(--lc-muted);
  }
  .banner.info {
    background: var(--lc-accent-soft);
    color: var(--lc-accent-strong);
    border-color: color-mix(in srgb, var(--lc-accent) 25%, transparent);
  }
  .banner.success {
    background: var(--lc-success-soft);
    color: var(--lc-success);
    border-color: color-mix(in srgb, var(--lc-success) 25%, transparent);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .field label {
    font-weight: 500;
    font-size: 13px;
  }
  .field .hint {
    color: var(--lc-muted);
    font-size: 12px;
  }
  .field .problem {
    color: var(--lc-danger);
    font-size: 12px;
  }
  input[type='text'],
  input[type='number'],
  input[type='datetime-local'],
  select,
  textarea {
    font: inherit;
    color: var(--lc-text);
    border: 1px solid var(--lc-border);
    border-radius: 8px;
    background: var(--lc-surface);
    padding: 0 11px;
    height: 36px;
    min-width: 0;
  }
  textarea {
    padding: 8px 11px;
    height: auto;
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: none;
    border-color: var(--lc-accent);
    box-shadow: 0 0 0 3px var(--lc-accent-soft);
  }
  [aria-invalid='true'] {
    border-color: var(--lc-danger);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-weight: 500;
  }
  .check input {
    width: 16px;
    height: 16px;
    margin: 0;
  }
`;
