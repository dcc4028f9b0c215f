import { css } from 'lit';

export const sessionToastsStyles = css`
  :host {
    position: fixed;
    right: 20px;
    bottom: 20px;
    z-index: 1000;
    width: min(360px, calc(100vw - 40px));
    pointer-events: none;
  }
  /* The question about unsaved changes is modal: it takes the pointer the host lets through. */
  lc-confirm-dialog {
    pointer-events: auto;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .toast {
    position: relative;
    pointer-events: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: 0 10px 30px rgba(16, 24, 40, 0.18);
    animation: enter 0.18s ease-out;
  }
  @keyframes enter {
    from {
      transform: translateY(12px);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toast {
      animation: none;
    }
  }
  .open {
    display: flex;
    flex-direction: column;
    gap: 3px;
    width: 100%;
    padding: 12px 44px 12px 14px;
    border: none;
    background: none;
    font: inherit;
    color: inherit;
    text-align: left;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .open:hover {
    background: var(--_hover);
  }
  .open:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .heading {
    font-size: 11px;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_accent);
  }
  .name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .meta {
    display: flex;
    gap: 6px;
    color: var(--_muted);
    font-size: 12px;
    min-width: 0;
  }
  .meta span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .snippet {
    margin-top: 4px;
    color: var(--_text);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .close {
    position: absolute;
    top: 6px;
    right: 6px;
    width: 30px;
    height: 30px;
    padding: 0;
  }
`;
