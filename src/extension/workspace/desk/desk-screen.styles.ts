import { css } from 'lit';

export const deskScreenStyles = css`
  :host {
    display: grid;
    grid-template-columns: 200px 300px minmax(0, 1fr);
    height: 100%;
    min-height: 0;
    background: var(--_bg);
  }
  nav {
    display: flex;
    flex-direction: column;
    gap: 18px;
    padding: 16px 10px;
    overflow-y: auto;
    background: var(--_bg);
    border-right: 1px solid var(--_border);
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
    height: 34px;
    padding: 0 10px;
    border: none;
    border-radius: 6px;
    background: none;
    font: inherit;
    color: var(--_text);
    text-align: left;
    cursor: pointer;
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
  .centre {
    grid-column: 2 / 4;
    display: grid;
    grid-template-columns: 300px minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr);
    min-height: 0;
  }
  .centre.single {
    grid-template-columns: minmax(0, 1fr);
  }
  .centre.single > :last-child {
    min-height: 0;
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
  .no-lines {
    grid-column: 1 / -1;
  }
`;
