import { css } from 'lit';
import { plainButton } from '../shared/ui.styles';

export const deskNavStyles = css`
  :host {
    display: block;
    overflow-y: auto;
    background: var(--_bg);
    border-right: 1px solid var(--_border);
  }
  nav {
    display: flex;
    flex-direction: column;
    gap: 18px;
    padding: 16px 10px;
  }
  .nav-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 0 4px 0 10px;
    margin: -6px 0 -4px;
    min-height: 32px;
  }
  .nav-title {
    font-size: 15px;
    font-weight: 600;
  }
  .nav-line h2 {
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
    padding: 0 10px 6px;
    /* Headings wrap: a live chat's name or "Response templates" is read in full. */
    overflow-wrap: anywhere;
  }
  .nav-pages,
  .nav-line ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .nav-item {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    width: 100%;
    min-height: 34px;
    padding: 0 10px;
    ${plainButton}
  }
  .nav-item:hover {
    background: var(--_hover);
  }
  .nav-item:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .nav-item[aria-current='page'] {
    background: var(--_accent-soft);
    color: var(--_accent-strong);
    font-weight: 600;
  }
  /* The bottom-left counters (spec §3.6) stay at the bottom of the menu, also while it scrolls. */
  nav {
    min-height: 100%;
  }
  .queue-counters {
    position: sticky;
    bottom: 0;
    margin: auto -10px -16px;
    padding: 10px;
    background: var(--_bg);
  }
`;
