/**
 * The process designer's elements (Administration › Processes) and the host screen that mounts
 * them in the shell.
 */
import type { ScreenRegistration } from '@elma365/sdk-types';
import type { MenuScreen } from '../shell-model';
import { ProcessDesignerElement } from './process-designer.element';
import { ProcessInstancesElement } from './process-instances.element';
import { ProcessRunFormElement } from './process-run-form.element';
import { ProcessScriptEditorElement } from './process-script-editor.element';
import { PROCESSES_SCREEN_ID, ProcessTemplateElement } from './process-template.element';

export { ProcessDesignerElement, ProcessInstancesElement, ProcessRunFormElement, ProcessScriptEditorElement, ProcessTemplateElement };

const elements: [string, CustomElementConstructor][] = [
  ['lc-process-designer', ProcessDesignerElement],
  ['lc-process-template', ProcessTemplateElement],
  ['lc-process-script-editor', ProcessScriptEditorElement],
  ['lc-process-run-form', ProcessRunFormElement],
  ['lc-process-instances', ProcessInstancesElement],
];
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);

declare global {
  interface HTMLElementTagNameMap {
    'lc-process-designer': ProcessDesignerElement;
    'lc-process-template': ProcessTemplateElement;
    'lc-process-script-editor': ProcessScriptEditorElement;
    'lc-process-run-form': ProcessRunFormElement;
    'lc-process-instances': ProcessInstancesElement;
  }
}

/** The host's own Administration screen: shown to administrators next to the extensions' screens. */
export const PROCESSES_SCREEN: MenuScreen = { id: PROCESSES_SCREEN_ID, title: 'Processes', location: 'administration' };

export const processesScreen: ScreenRegistration = {
  id: PROCESSES_SCREEN_ID,
  mount(container, params) {
    const designer = document.createElement('lc-process-designer');
    designer.params = params;
    container.append(designer);
    return {
      update: (next) => void (designer.params = next),
      dispose: () => designer.remove(),
    };
  },
};
