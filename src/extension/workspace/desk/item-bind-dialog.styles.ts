import { css } from 'lit';

export const itemBindDialogStyles = css`
  .modes {
    display: flex;
    gap: 8px;
    margin-bottom: 12px;
  }
  .mode {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 6px 12px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
    font-size: 13px;
  }
  .mode.chosen {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  .mode input {
    margin: 0;
    accent-color: var(--_accent);
  }
  input[type='search'] {
    margin-bottom: 8px;
  }
`;
