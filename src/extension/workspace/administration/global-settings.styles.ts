import { css } from 'lit';

export const globalSettingsStyles = css`
  .sub {
    color: var(--_muted);
    margin-top: 4px;
  }
  .loading {
    padding: 24px 0;
    color: var(--_muted);
  }
  input.number {
    width: 120px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  fieldset.yes-no {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 8px 20px;
  }
  fieldset.yes-no legend {
    font-weight: 500;
    font-size: 13px;
    padding: 0;
    margin-bottom: 8px;
    width: 100%;
  }
  input[type='radio'] {
    width: 16px;
    height: 16px;
    accent-color: var(--_accent);
    margin: 0;
  }
`;
