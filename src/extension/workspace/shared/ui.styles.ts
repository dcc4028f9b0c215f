/**
 * The look every screen shares: colours, type, buttons, fields, badges. Colours are custom
 * properties with fallbacks, so a host shell may restyle them and a bare page still looks right.
 */
import { css } from 'lit';

/** Hidden from sight, still read by screen readers; for rules that cannot use the class (media and container queries). */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

/** A button that looks like a row of a list or menu: no frame, the text's font and colour; for rules of items that are buttons. */
export const plainButton = css`
  border: none;
  border-radius: 6px;
  background: none;
  font: inherit;
  color: var(--_text);
  text-align: left;
  cursor: pointer;
`;

/** A fieldset without its frame, its controls in a column; the rule adds its own gap. */
export const bareFieldset = css`
  border: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
`;

export const tokens = css`
  :host {
    --_font: var(--lc-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--lc-text, #1f2329);
    --_muted: var(--lc-muted, #636a76);
    --_border: var(--lc-border, #e3e6ea);
    --_bg: var(--lc-bg, #f5f6f8);
    --_surface: var(--lc-surface, #ffffff);
    --_hover: var(--lc-hover, #f0f2f5);
    --_accent: var(--lc-accent, #2563eb);
    --_accent-strong: var(--lc-accent-strong, #1d4ed8);
    --_accent-soft: var(--lc-accent-soft, #eaf1ff);
    --_danger: var(--lc-danger, #c62828);
    --_danger-soft: var(--lc-danger-soft, #fdecec);
    --_success: var(--lc-success, #1e7d4f);
    /** Amber for waiting and medium priority: dark enough for small text (WCAG AA) on white and the soft accent. */
    --_warning: var(--lc-warning, #955800);
    --_radius: var(--lc-radius, 8px);
    font-family: var(--_font);
    color: var(--_text);
    font-size: 14px;
    line-height: 1.45;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  p {
    margin: 0;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
`;

export const buttons = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    height: 34px;
    padding: 0 14px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    white-space: nowrap;
    transition: background 0.12s, border-color 0.12s, color 0.12s;
  }
  .btn:hover:not(:disabled) {
    background: var(--_hover);
  }
  .btn:focus-visible,
  .link:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .btn:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .btn.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  .btn.primary:hover:not(:disabled) {
    background: var(--_accent-strong);
  }
  .btn.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #fff;
  }
  .btn.danger:hover:not(:disabled) {
    filter: brightness(0.93);
    background: var(--_danger);
  }
  .btn.subtle {
    border-color: transparent;
    background: transparent;
    color: var(--_muted);
  }
  .btn.subtle:hover:not(:disabled) {
    background: var(--_hover);
    color: var(--_text);
  }
  .btn.subtle.danger-text:hover:not(:disabled) {
    color: var(--_danger);
    background: var(--_danger-soft);
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
    text-align: left;
  }
  .link:hover {
    text-decoration: underline;
  }
`;

export const fields = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .field > label,
  .label {
    font-weight: 500;
    font-size: 13px;
    color: var(--_text);
  }
  .required::after {
    content: ' *';
    color: var(--_danger);
  }
  .hint {
    font-size: 12px;
    color: var(--_muted);
  }
  input[type='text'],
  input[type='password'],
  input[type='search'],
  input[type='number'],
  input[type='time'],
  input[type='date'],
  input[type='datetime-local'],
  textarea {
    width: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 7px 10px;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: none;
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent-soft);
  }
  input[type='checkbox'] {
    width: 16px;
    height: 16px;
    accent-color: var(--_accent);
    margin: 0;
  }
  .error-text {
    color: var(--_danger);
    font-size: 13px;
  }
  .banner {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    padding: 10px 12px;
    border-radius: 6px;
    font-size: 13px;
  }
  .banner.error {
    background: var(--_danger-soft);
    color: var(--_danger);
    border: 1px solid color-mix(in srgb, var(--_danger) 25%, transparent);
  }
  .banner.info {
    background: var(--_accent-soft);
    color: var(--_accent-strong);
    border: 1px solid color-mix(in srgb, var(--_accent) 20%, transparent);
  }
`;

export const badges = css`
  .badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 20px;
    height: 20px;
    padding: 0 6px;
    border-radius: 10px;
    font-size: 11px;
    font-weight: 600;
    line-height: 1;
    background: var(--_accent);
    color: #fff;
  }
  .badge.muted {
    background: var(--_hover);
    color: var(--_muted);
  }
  .badge.new {
    background: #fff4e5;
    color: #a15c00;
    border: 1px solid #f5d7a8;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    font-size: 10px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    height: 24px;
    padding: 0 8px;
    border-radius: 12px;
    background: var(--_hover);
    color: var(--_text);
    font-size: 12px;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 12px;
    font-weight: 500;
    color: var(--_muted);
  }
  .state::before {
    content: '';
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: currentColor;
  }
  .state.waiting {
    color: var(--_warning);
  }
  .state.assignedToOperator,
  .state.assignedToBot {
    color: var(--_success);
  }
  .state.closed {
    color: var(--_muted);
  }
  .state.markedAsSpam {
    color: var(--_danger);
  }
`;

/** Rows of a list that are buttons (sessions, live chats): full width, quiet until hovered or current. */
export const listItems = css`
  .list-item {
    width: 100%;
    padding: 10px;
    border: none;
    border-radius: 8px;
    background: none;
    font: inherit;
    color: inherit;
    text-align: left;
    cursor: pointer;
  }
  .list-item:hover {
    background: var(--_hover);
  }
  .list-item:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .list-item[aria-current='true'] {
    background: var(--_accent-soft);
  }
`;
