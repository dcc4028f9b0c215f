import { css } from 'lit';

export const messageMenuStyles = css`
  .popup {
    position: fixed;
    z-index: 30;
    min-width: 160px;
  }
`;
