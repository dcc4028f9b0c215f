import { css } from 'lit';

export const lineProcessesStyles = css`
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .event {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 16px;
    padding: 14px 16px;
  }
  .event + .event {
    border-top: 1px solid var(--_border);
  }
  .event-main {
    display: flex;
    flex-direction: column;
    gap: 6px;
    min-width: 0;
  }
  h3 {
    font-size: 14px;
    font-weight: 600;
  }
  .process {
    display: flex;
    align-items: baseline;
    gap: 8px;
    flex-wrap: wrap;
  }
  .process-name {
    font-weight: 500;
  }
  code {
    font-family: var(--lc-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 12px;
    color: var(--_muted);
  }
  .none {
    color: var(--_muted);
  }
  .inputs {
    display: flex;
    align-items: center;
    gap: 10px;
    font-size: 13px;
  }
  .inputs-label {
    color: var(--_muted);
  }
  .inputs-label::after {
    content: ' ›';
  }
  .problems {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event-actions {
    display: flex;
    gap: 6px;
    flex-shrink: 0;
  }
`;
