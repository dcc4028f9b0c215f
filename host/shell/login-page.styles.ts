import { css } from 'lit';

export const loginPageStyles = css`
  :host {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 100vh;
    padding: 24px;
    background: radial-gradient(circle at 30% 20%, #eef3ff 0, transparent 55%), var(--lc-bg);
  }
  .card {
    width: min(380px, 100%);
    background: var(--lc-surface);
    border: 1px solid var(--lc-border);
    border-radius: 14px;
    box-shadow: 0 12px 40px rgba(15, 23, 42, 0.08);
    padding: 32px 32px 28px;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 10px;
    font-weight: 600;
    font-size: 16px;
    margin-bottom: 24px;
  }
  .logo {
    width: 34px;
    height: 34px;
  }
  h1 {
    font-size: 22px;
    font-weight: 600;
  }
  .lead {
    color: var(--lc-muted);
    margin: 4px 0 22px;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  label {
    font-weight: 500;
    font-size: 13px;
  }
  input {
    height: 40px;
    padding: 0 12px;
    font: inherit;
    color: var(--lc-text);
    border: 1px solid var(--lc-border);
    border-radius: 8px;
    background: var(--lc-surface);
  }
  input:focus-visible {
    outline: none;
    border-color: var(--lc-accent);
    box-shadow: 0 0 0 3px var(--lc-accent-soft);
  }
  input[aria-invalid='true'] {
    border-color: var(--lc-danger);
  }
  .btn.primary {
    height: 40px;
    margin-top: 4px;
  }
`;
