import { css } from 'lit';

export const sessionAboutStyles = css`
  :host {
    display: block;
    background: var(--_surface);
    border-left: 1px solid var(--_border);
    padding: 18px 18px;
    overflow-y: auto;
  }
  h2 {
    font-size: 13px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
    margin-bottom: 14px;
  }
  dl {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
  dt {
    font-size: 12px;
    color: var(--_muted);
    margin-bottom: 2px;
  }
  dd {
    margin: 0;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .none {
    color: var(--_muted);
    font-weight: 400;
  }
`;
