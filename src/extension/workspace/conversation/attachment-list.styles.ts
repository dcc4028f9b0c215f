import { css } from 'lit';

export const attachmentListStyles = css`
  :host {
    display: block;
    margin-top: 6px;
    white-space: normal;
    color: var(--_text);
  }
  :host(:first-child) {
    margin-top: 0;
  }
  .files {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .images {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .item {
    position: relative;
  }
  .thumb {
    display: block;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
    overflow: hidden;
    cursor: zoom-in;
  }
  .thumb:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .thumb img {
    display: block;
    max-width: 240px;
    max-height: 180px;
    min-width: 48px;
    min-height: 48px;
    object-fit: cover;
  }
  .image lc-picker-menu {
    position: absolute;
    top: 6px;
    right: 6px;
  }
  .file {
    display: flex;
    align-items: center;
    gap: 10px;
    min-width: 220px;
    max-width: 340px;
    padding: 8px 8px 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
  }
  .icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 32px;
    height: 32px;
    border-radius: 8px;
    background: var(--_accent-soft);
    color: var(--_accent-strong);
    flex: none;
  }
  /* "Save a copy" appears where the pointer or the focus is. */
  lc-picker-menu.copy {
    opacity: 0;
    transition: opacity 0.12s;
  }
  .item:hover lc-picker-menu.copy,
  .item:focus-within lc-picker-menu.copy {
    opacity: 1;
  }
  .preview {
    min-width: min(420px, 92vw);
    padding: 0;
    border: none;
    border-radius: 12px;
    background: var(--_surface);
    max-width: min(92vw, 1200px);
    max-height: 92vh;
    overflow: hidden;
  }
  .preview::backdrop {
    background: rgba(15, 23, 42, 0.72);
  }
  .preview-bar {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 8px 8px 8px 16px;
    border-bottom: 1px solid var(--_border);
  }
  .preview-bar .name {
    flex: 1;
  }
  .preview-bar a.btn {
    text-decoration: none;
  }
  .full {
    display: block;
    max-width: min(92vw, 1200px);
    max-height: calc(92vh - 52px);
    margin: 0 auto;
    object-fit: contain;
    background: repeating-conic-gradient(#f1f3f5 0% 25%, #ffffff 0% 50%) 50% / 16px 16px;
  }
`;
