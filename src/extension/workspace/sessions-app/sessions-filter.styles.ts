import { css } from 'lit';

export const sessionsFilterStyles = css`
  :host {
    display: block;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 14px;
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_surface);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
    gap: 12px;
  }
  .wide {
    grid-column: span 2;
  }
  fieldset.conditions {
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 10px 12px;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  legend {
    font-weight: 600;
    font-size: 13px;
    padding: 0 4px;
  }
  .condition {
    display: grid;
    grid-template-columns: minmax(140px, 1fr) minmax(120px, 1fr) minmax(140px, 2fr) auto;
    gap: 8px;
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .actions input {
    width: 200px;
  }
  .spacer {
    flex: 1;
  }
  .saved h3 {
    font-size: 13px;
    font-weight: 600;
    margin: 0 0 6px;
  }
  .saved ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .saved li {
    display: flex;
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-left: 4px;
  }
`;
