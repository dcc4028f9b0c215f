import { css } from 'lit';
import { visuallyHidden } from '../shared/ui.styles';

/**
 * The desk's columns follow its own width (a container, not the window: the host decides how
 * wide the workspace is). Wide: menu | list | conversation | About the session. Below 880 px
 * the menu hides behind "Menu" and the list and the conversation take turns. About the session
 * is a drawer wherever the session page is under 760 px: below 1240 px, and again below 760 px.
 */
export const deskScreenStyles = css`
  :host {
    display: block;
    height: 100%;
    min-height: 0;
    background: var(--_bg);
    container: desk / inline-size;
  }
  .desk,
  .no-lines {
    height: 100%;
  }
  .desk {
    display: grid;
    grid-template-columns: 200px minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr);
    position: relative;
    min-height: 0;
  }
  lc-desk-nav {
    grid-row: 1 / -1;
    min-height: 0;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 12px;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
    min-width: 0;
  }
  lc-desk-search {
    flex: 1;
    max-width: 560px;
  }
  .menu-toggle,
  .back,
  .about-toggle {
    flex-shrink: 0;
  }
  .menu-toggle,
  .back {
    display: none;
  }
  .about-toggle {
    margin-left: auto;
  }
  .scrim {
    display: none;
  }
  .centre {
    display: grid;
    grid-template-columns: 280px minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr);
    min-height: 0;
    min-width: 0;
  }
  .centre.single {
    grid-template-columns: minmax(0, 1fr);
  }
  .centre.single > :last-child {
    min-height: 0;
  }
  lc-session-page {
    container: session / inline-size;
  }
  .notices {
    grid-column: 1 / -1;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .notices .banner {
    margin: 8px 12px 0;
    align-items: center;
  }
  .notices .banner:last-child {
    margin-bottom: 8px;
  }
  .notices .banner span {
    flex: 1;
  }
  .dismiss {
    height: 26px;
    padding: 0 8px;
  }
  .empty-page {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    color: var(--_muted);
    padding: 32px;
    text-align: center;
  }
  .empty-page strong {
    color: var(--_text);
    font-size: 15px;
  }
  /* About the session is a drawer where the session page is under 760 px (session-page.styles). */
  @container desk (min-width: 1240px) {
    .about-toggle {
      display: none;
    }
  }
  @container desk (min-width: 760px) and (max-width: 879px) {
    .about-toggle {
      display: none;
    }
  }
  @container desk (max-width: 879px) {
    .desk {
      grid-template-columns: minmax(0, 1fr);
    }
    .menu-toggle {
      display: inline-flex;
    }
    .back {
      display: inline-flex;
    }
    lc-desk-nav {
      display: none;
    }
    lc-desk-nav.open {
      display: block;
      position: absolute;
      z-index: 30;
      top: 0;
      bottom: 0;
      left: 0;
      width: min(280px, 85%);
      box-shadow: 0 10px 30px rgba(15, 23, 42, 0.25);
    }
    .scrim {
      display: block;
      position: absolute;
      inset: 0;
      z-index: 25;
      background: rgba(15, 23, 42, 0.3);
    }
    .centre {
      grid-template-columns: minmax(0, 1fr);
    }
    .centre.has-session lc-session-list,
    .centre:not(.has-session) .no-session {
      display: none;
    }
  }
  @container desk (max-width: 559px) {
    /* The buttons keep their icons; their words stay for screen readers only. */
    .bar .btn span {
      ${visuallyHidden}
    }
    .bar .btn {
      padding: 0 9px;
    }
  }
`;
