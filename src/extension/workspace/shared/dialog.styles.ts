import { css } from 'lit';

/** A centred modal card on a dimmed page, for native <dialog> elements. */
export const dialogStyles = css`
  dialog {
    border: none;
    border-radius: 12px;
    padding: 0;
    width: min(520px, calc(100vw - 32px));
    max-height: calc(100vh - 64px);
    overflow: visible;
    color: var(--_text);
    background: var(--_surface);
    box-shadow: 0 24px 64px rgba(15, 23, 42, 0.25);
  }
  dialog::backdrop {
    background: rgba(15, 23, 42, 0.45);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    padding: 18px 22px 0;
  }
  .dialog-head h2 {
    font-size: 17px;
    font-weight: 600;
  }
  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: 16px;
    padding: 18px 22px;
  }
  .dialog-foot {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    padding: 14px 22px 18px;
    border-top: 1px solid var(--_border);
    background: var(--_bg);
    border-radius: 0 0 12px 12px;
  }
  .close {
    width: 30px;
    height: 30px;
    padding: 0;
    font-size: 18px;
  }
`;
