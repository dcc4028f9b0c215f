import { css } from 'lit';
import { bareFieldset } from '../shared/ui.styles';

export const sessionsExportStyles = css`
  fieldset {
    ${bareFieldset}
    gap: 10px;
  }
  fieldset.formats {
    flex-direction: row;
    gap: 18px;
  }
  legend {
    font-weight: 600;
    font-size: 13px;
    margin-bottom: 8px;
  }
  label.check,
  label.radio {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    cursor: pointer;
  }
  label.check > span {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  progress {
    width: 100%;
    height: 10px;
    accent-color: var(--_accent);
  }
`;
