/**
 * The panel a button opens (the picker menu, the operator picker): a card over the page with an
 * optional heading, search box and scrolling list. Each element places and sizes its own panel.
 */
import { css } from 'lit';

export const popupStyles = css`
  .popup {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 10px 28px rgba(15, 23, 42, 0.16);
    padding: 4px;
    text-align: left;
  }
  .popup[hidden] {
    display: none;
  }
  .popup-head {
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    padding: 6px 8px 4px;
  }
  .search-box {
    padding: 4px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow: auto;
  }
  .empty {
    padding: 10px;
    color: var(--_muted);
    font-size: 13px;
  }
`;
