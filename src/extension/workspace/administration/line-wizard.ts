import '../shared/group-picker';
import { LineWizardElement } from './line-wizard.element';

export { LineWizardDoneEvent, LineWizardElement } from './line-wizard.element';

if (!customElements.get('lc-line-wizard')) customElements.define('lc-line-wizard', LineWizardElement);

declare global {
  interface HTMLElementTagNameMap {
    'lc-line-wizard': LineWizardElement;
  }
}
