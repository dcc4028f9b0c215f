import { css } from 'lit';

export const lineWizardStyles = css`
  :host {
    display: block;
    max-width: 640px;
    width: 100%;
  }
  [hidden] {
    display: none !important;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 12px;
    padding: 24px 28px;
    display: flex;
    flex-direction: column;
    gap: 18px;
    text-align: left;
  }
  .card.notice {
    align-items: center;
    text-align: center;
    gap: 8px;
    color: var(--_muted);
  }
  .card.notice strong {
    color: var(--_text);
    font-size: 16px;
  }
  h2 {
    font-size: 18px;
    font-weight: 600;
  }
  .sub {
    color: var(--_muted);
    margin-top: 4px;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    counter-reset: step;
  }
  .step {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border: none;
    background: none;
    font: inherit;
    font-size: 13px;
    color: var(--_muted);
    padding: 4px 8px 4px 4px;
    border-radius: 14px;
    cursor: pointer;
  }
  .step:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .step:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .num {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    border: 1px solid var(--_border);
    font-size: 12px;
    font-weight: 600;
  }
  .step.done .num {
    background: var(--_accent-soft);
    border-color: var(--_accent);
    color: var(--_accent-strong);
  }
  .step[aria-current='step'] {
    color: var(--_text);
    font-weight: 600;
    background: var(--_accent-soft);
  }
  .step[aria-current='step'] .num {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 14px;
  }
  .body {
    min-height: 96px;
  }
  .foot {
    display: flex;
    gap: 8px;
    justify-content: flex-end;
  }
  .review {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 8px 20px;
    margin: 0;
    outline: none;
  }
  .review dt {
    color: var(--_muted);
  }
  .review dd {
    margin: 0;
    font-weight: 500;
  }
  .done {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .done strong {
    font-size: 16px;
  }
  .done .foot {
    justify-content: flex-start;
    margin-top: 8px;
  }
`;
