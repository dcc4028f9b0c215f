import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: block;
    border-top: 1px solid var(--_border);
    background: var(--_surface);
    padding: 12px 16px 14px;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .row {
    display: flex;
    gap: 10px;
    align-items: flex-end;
  }
  /* Files dragged over the composer: it takes them. */
  form.dropping {
    outline: 2px dashed var(--_accent);
    outline-offset: 4px;
    border-radius: 8px;
    background: var(--_accent-soft);
  }
  .btn.icon.attach {
    height: 40px;
    width: 40px;
    padding: 0;
    flex: none;
  }
  textarea {
    flex: 1;
    resize: none;
    min-height: 40px;
    max-height: 160px;
    line-height: 1.4;
  }
  textarea:disabled {
    background: var(--_bg);
    cursor: not-allowed;
  }
  .btn.primary {
    height: 40px;
    padding: 0 18px;
  }
  .foot {
    display: flex;
    justify-content: space-between;
    gap: 12px;
    font-size: 12px;
    color: var(--_muted);
  }
  .reason {
    color: var(--_text);
    font-weight: 500;
  }
  /* Above the text: the quoted message, or the one being edited. */
  .context {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 6px 6px 10px;
    border-left: 3px solid var(--_accent);
    border-radius: 4px;
    background: var(--_accent-soft);
    font-size: 13px;
  }
  .context.editing {
    border-left-color: var(--_muted);
    background: var(--_bg);
  }
  .context-text {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .context-text span:last-child {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_muted);
  }
  .context-title {
    font-weight: 600;
    font-size: 12px;
  }
`;
