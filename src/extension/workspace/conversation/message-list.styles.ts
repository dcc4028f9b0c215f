import { css } from 'lit';

export const messageListStyles = css`
  :host {
    display: block;
    overflow-y: auto;
    background: var(--_bg);
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 20px 24px 12px;
    min-height: 100%;
  }
  .empty {
    margin: auto;
    max-width: 320px;
    text-align: center;
    color: var(--_muted);
    padding: 40px 0;
  }
  .row {
    display: flex;
    flex-direction: column;
    max-width: min(72%, 560px);
  }
  .row.run {
    margin-top: 12px;
  }
  /* The message a search result pointed at. */
  .row.found .bubble {
    outline: 3px solid #f59e0b;
    outline-offset: 2px;
  }
  .row.theirs {
    align-self: flex-start;
    align-items: flex-start;
  }
  .row.mine {
    align-self: flex-end;
    align-items: flex-end;
  }
  .row.system {
    align-self: center;
    align-items: center;
    max-width: 80%;
    margin: 12px 0 4px;
  }
  .author {
    font-size: 12px;
    font-weight: 600;
    color: var(--_muted);
    margin: 0 4px 3px;
  }
  .bubble {
    padding: 8px 12px;
    border-radius: 14px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    box-shadow: 0 1px 1px rgba(15, 23, 42, 0.05);
  }
  .theirs .bubble {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-top-left-radius: 4px;
  }
  .mine .bubble {
    background: var(--_accent);
    color: #fff;
    border-top-right-radius: 4px;
  }
  /* Sent by the company on its own (a rule's reply): on the company's side, but not typed by anyone. */
  .automatic .author {
    font-weight: 500;
    font-style: italic;
  }
  .mine.automatic .bubble {
    background: var(--_accent-soft);
    color: var(--_text);
    border: 1px dashed color-mix(in srgb, var(--_accent) 40%, transparent);
    box-shadow: none;
  }
  .system .bubble {
    background: transparent;
    box-shadow: none;
    padding: 2px 10px;
    color: var(--_muted);
    font-size: 12px;
    font-style: italic;
    text-align: center;
  }
  .meta {
    font-size: 11px;
    color: var(--_muted);
    margin: 3px 6px 0;
  }
  .pending .bubble {
    opacity: 0.65;
  }
  /* A message of files only: the files' own cards, no bubble around them. */
  .bubble.files-only {
    padding: 0;
    background: transparent;
    border: none;
    box-shadow: none;
  }
  .failed .bubble {
    background: var(--_danger-soft);
    color: var(--_danger);
    border: 1px solid color-mix(in srgb, var(--_danger) 30%, transparent);
    opacity: 1;
  }
  .failed .meta {
    color: var(--_danger);
    display: flex;
    gap: 10px;
    align-items: center;
  }
  .failed .meta button {
    font-size: 11px;
  }
  /* Quotes, edits, the message menu button, the channel icon, paging (spec §5.2). */
  :host {
    overflow-anchor: none;
    position: relative;
  }
  .row:focus {
    outline: none;
  }
  .row:focus-visible .bubble {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .line {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .mine .line {
    flex-direction: row-reverse;
  }
  .more {
    visibility: hidden;
    width: 26px;
    height: 26px;
    padding: 0;
    flex: none;
    color: var(--_muted);
  }
  .row:hover .more,
  .row:focus-within .more,
  .row:focus .more {
    visibility: visible;
  }
  .system .more {
    display: none;
  }
  .quote {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 1px;
    width: 100%;
    margin: 0 0 6px;
    padding: 4px 8px;
    border: none;
    border-left: 3px solid var(--_accent);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
    color: inherit;
    font: inherit;
    font-size: 12px;
    text-align: left;
    white-space: normal;
    cursor: pointer;
  }
  button.quote:hover {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
  }
  /* Darker than the bubble, not lighter: white small text keeps its contrast (WCAG AA). */
  .mine .quote {
    border-left-color: rgba(255, 255, 255, 0.8);
    background: rgba(0, 0, 0, 0.16);
  }
  .mine button.quote:hover {
    background: rgba(0, 0, 0, 0.24);
  }
  .quote.static {
    cursor: default;
  }
  .quote-author {
    font-weight: 600;
  }
  .quote-text {
    opacity: 0.85;
  }
  .edited {
    margin-left: 2px;
  }
  .channel {
    display: inline-flex;
    vertical-align: -2px;
    margin-right: 5px;
    color: var(--_accent);
  }
  .older {
    align-self: center;
    margin: 0 0 8px;
    font-size: 12px;
    color: var(--_muted);
  }
  .copied:not(:empty) {
    position: sticky;
    bottom: 12px;
    width: max-content;
    margin: 0 auto;
    padding: 6px 12px;
    border-radius: 999px;
    background: var(--_text);
    color: var(--_surface);
    font-size: 12px;
  }
`;
