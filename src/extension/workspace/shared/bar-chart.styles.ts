import { css } from 'lit';

export const barChartStyles = css`
  :host {
    display: block;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .tick,
  .label,
  .value {
    font-size: 11px;
    fill: var(--_muted);
  }
  .label {
    fill: var(--_text);
    font-size: 12px;
  }
  .bar rect {
    fill: var(--_accent);
  }
  .bar rect.hit {
    fill: transparent;
  }
  .bar:hover rect:not(.hit) {
    fill: var(--_accent-strong);
  }
  .bar:hover rect.hit {
    fill: var(--_accent-soft);
    opacity: 0.6;
  }
`;
