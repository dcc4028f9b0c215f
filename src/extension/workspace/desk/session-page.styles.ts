import { css } from 'lit';

export const sessionPageStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    position: relative;
    min-height: 0;
    min-width: 0;
  }
  lc-session-about {
    width: 260px;
    min-height: 0;
  }
  /* Narrow (the desk's "session" container): About the session is a drawer the desk opens. */
  @container session (max-width: 759px) {
    lc-session-about {
      display: none;
    }
    :host([about-open]) lc-session-about {
      display: block;
      position: absolute;
      z-index: 15;
      top: 0;
      right: 0;
      bottom: 0;
      width: min(320px, 100%);
      box-shadow: -10px 0 30px rgba(15, 23, 42, 0.18);
    }
  }
  .main {
    display: flex;
    flex-direction: column;
    min-height: 0;
    min-width: 0;
    background: var(--_surface);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    padding: 12px 20px;
    border-bottom: 1px solid var(--_border);
    min-height: 64px;
  }
  .title {
    min-width: 0;
    flex: 1;
  }
  .subtitle {
    display: flex;
    white-space: nowrap;
    gap: 12px;
    align-items: center;
    color: var(--_muted);
    font-size: 13px;
    margin-top: 2px;
  }
  .actions {
    display: flex;
    gap: 8px;
    flex-shrink: 0;
  }
  lc-message-list {
    flex: 1;
    min-height: 0;
  }
  .placeholder {
    grid-column: 1 / -1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 10px;
    color: var(--_muted);
    background: var(--_bg);
    padding: 32px;
    text-align: center;
  }
  .placeholder strong {
    color: var(--_text);
    font-size: 15px;
  }
  .error {
    margin: 12px 20px 0;
  }
`;
