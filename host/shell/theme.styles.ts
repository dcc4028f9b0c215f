/** The shell's look; the custom properties flow into the extensions' screens through shadow roots. */
import { css } from 'lit';

/** Hidden from sight, still read by screen readers. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

export const theme = css`
  :host {
    --lc-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --lc-text: #1f2329;
    --lc-muted: #636a76;
    --lc-border: #e3e6ea;
    --lc-bg: #f5f6f8;
    --lc-surface: #ffffff;
    --lc-hover: #f0f2f5;
    --lc-accent: #2563eb;
    --lc-accent-strong: #1d4ed8;
    --lc-accent-soft: #eaf1ff;
    --lc-danger: #c62828;
    --lc-danger-soft: #fdecec;
    font-family: var(--lc-font);
    color: var(--lc-text);
    font-size: 14px;
    line-height: 1.45;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  p {
    margin: 0;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    height: 34px;
    padding: 0 14px;
    border: 1px solid var(--lc-border);
    border-radius: 6px;
    background: var(--lc-surface);
    color: var(--lc-text);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
  }
  .btn:hover:not(:disabled) {
    background: var(--lc-hover);
  }
  .btn:focus-visible {
    outline: 2px solid var(--lc-accent);
    outline-offset: 2px;
  }
  .btn:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .btn.primary {
    background: var(--lc-accent);
    border-color: var(--lc-accent);
    color: #fff;
  }
  .btn.primary:hover:not(:disabled) {
    background: var(--lc-accent-strong);
  }
  .logo {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 30px;
    height: 30px;
    border-radius: 8px;
    background: var(--lc-accent);
    color: #fff;
  }
  .logo svg {
    width: 18px;
    height: 18px;
  }
  .banner {
    padding: 10px 12px;
    border-radius: 6px;
    font-size: 13px;
    background: var(--lc-danger-soft);
    color: var(--lc-danger);
    border: 1px solid color-mix(in srgb, var(--lc-danger) 25%, transparent);
  }
`;
