import { css } from 'lit';
import { visuallyHidden } from './theme.styles';

export const shellStyles = css`
  :host {
    display: block;
    height: 100vh;
    background: var(--lc-bg);
  }
  .app {
    display: grid;
    grid-template-columns: 200px minmax(0, 1fr);
    grid-template-rows: 52px minmax(0, 1fr);
    height: 100vh;
  }
  .topbar {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    padding: 0 16px 0 14px;
    background: var(--lc-surface);
    border-bottom: 1px solid var(--lc-border);
    z-index: 1;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 10px;
    font-weight: 600;
    font-size: 15px;
  }
  .user {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  .avatar {
    width: 30px;
    height: 30px;
    border-radius: 50%;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    background: #e7e9f0;
    color: #374151;
    font-size: 12px;
    font-weight: 600;
  }
  .user-name {
    font-weight: 500;
  }
  /* A userMenu screen's element is an item of the row itself: hidden, it leaves no gap. */
  .user-screen {
    display: contents;
  }
  .menu {
    display: flex;
    flex-direction: column;
    gap: 14px;
    padding: 14px 10px;
    background: #1f2430;
    color: #c9ced8;
    overflow-y: auto;
  }
  .menu ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .menu h2 {
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: #8b93a3;
    padding: 4px 10px 6px;
  }
  .menu a {
    display: flex;
    align-items: center;
    gap: 10px;
    height: 36px;
    padding: 0 10px;
    border-radius: 6px;
    color: inherit;
    text-decoration: none;
    font-weight: 500;
  }
  .menu a svg {
    width: 18px;
    height: 18px;
    flex-shrink: 0;
    opacity: 0.85;
  }
  .menu a:hover {
    background: rgba(255, 255, 255, 0.07);
    color: #fff;
  }
  .menu a:focus-visible {
    outline: 2px solid #7aa2ff;
    outline-offset: -2px;
  }
  .menu a[aria-current='page'] {
    background: var(--lc-accent);
    color: #fff;
  }
  /* An extension's count on its entry (setBadge), at the end of the row. */
  .menu a .count {
    margin-left: auto;
    min-width: 20px;
    height: 20px;
    padding: 0 6px;
    border-radius: 10px;
    background: #e5484d;
    color: #fff;
    font-size: 11px;
    font-weight: 700;
    line-height: 20px;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .menu a[aria-current='page'] .count {
    background: #fff;
    color: var(--lc-accent);
  }
  main {
    position: relative;
    min-width: 0;
    min-height: 0;
    overflow: hidden;
    background: var(--lc-bg);
  }
  main > * {
    height: 100%;
  }
  .problems {
    position: absolute;
    inset: 12px 12px auto 12px;
    z-index: 5;
  }
  .centre {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 12px;
    min-height: 100vh;
    color: var(--lc-muted);
    text-align: center;
    padding: 24px;
  }
  .centre strong {
    color: var(--lc-text);
    font-size: 16px;
  }
  .nothing {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    height: 100%;
    color: var(--lc-muted);
  }
  /* Narrow windows: the main menu is a rail of icons (the names stay for screen readers). */
  @media (max-width: 900px) {
    .app {
      grid-template-columns: 56px minmax(0, 1fr);
    }
    .menu {
      padding: 14px 6px;
    }
    .menu h2,
    .menu a > span:not(.count) {
      ${visuallyHidden}
    }
    .menu a {
      position: relative;
      justify-content: center;
      padding: 0;
    }
    .menu a .count {
      position: absolute;
      top: -2px;
      right: -2px;
      min-width: 16px;
      height: 16px;
      padding: 0 4px;
      font-size: 10px;
      line-height: 16px;
    }
  }
  @media (max-width: 600px) {
    .topbar {
      padding: 0 8px;
      gap: 8px;
    }
    .brand {
      font-size: 0;
    }
    .user {
      gap: 6px;
      min-width: 0;
    }
    .user-name {
      ${visuallyHidden}
    }
  }
`;
