import { css } from 'lit';

export const sessionItemsStyles = css`
  :host {
    display: block;
  }
  .block {
    margin-top: 22px;
    padding-top: 16px;
    border-top: 1px solid var(--_border);
  }
  .block-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-bottom: 8px;
  }
  h3 {
    margin: 0;
    font-size: 13px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  .small {
    font-size: 13px;
    padding: 4px 8px;
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  li {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 4px 6px;
    border-radius: 6px;
  }
  li:hover {
    background: var(--_hover);
  }
  .item-name {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  /* The trash shows on hover or focus, as in the product; it stays reachable by keyboard. */
  .unbind {
    opacity: 0;
  }
  li:hover .unbind,
  .unbind:focus-visible {
    opacity: 1;
  }
  .none {
    margin: 0;
    color: var(--_muted);
    font-size: 13px;
  }
`;
