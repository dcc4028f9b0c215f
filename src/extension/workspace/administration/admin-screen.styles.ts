import { css } from 'lit';

export const adminScreenStyles = css`
  :host {
    display: block;
    height: 100%;
    overflow: auto;
    background: var(--_bg);
  }
  .page {
    padding: 28px 32px 40px;
    max-width: 1100px;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    margin-bottom: 20px;
  }
  .head-actions {
    display: flex;
    gap: 8px;
  }
  h1 {
    font-size: 22px;
    font-weight: 600;
  }
  .sub {
    color: var(--_muted);
    margin-top: 4px;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 10px;
    overflow: hidden;
  }
  .wizard-page {
    display: flex;
    justify-content: center;
    padding-top: 24px;
  }
  .loading {
    padding: 32px;
    color: var(--_muted);
  }
  .banner {
    margin-bottom: 16px;
  }
`;
