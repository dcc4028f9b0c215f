/**
 * The input for one value of a custom session parameter in the rule dialog (a condition's operand,
 * a value to set): a select for yes/no, categories and users, the browser's date and time inputs,
 * and a text input with an example for the rest. Shared by the condition builder and the dialog.
 */
import { FieldType } from '@elma365/sdk-types';
import { html, nothing } from 'lit';
import type { ParameterDefinition } from '../../common/parameters/parameter-types';
import { paramInputKind, paramPlaceholder } from './parameter-input-model';

export interface ParamValueInputOptions {
  id: string;
  /** The accessible name (the visible label is the row's). */
  label: string;
  text: string;
  users: readonly { id: string; name: string }[];
  invalid: boolean;
  describedBy?: string;
  onInput: (text: string) => void;
}

export function paramValueInput(def: ParameterDefinition, options: ParamValueInputOptions) {
  const { id, label, text, invalid, onInput } = options;
  const changed = (event: Event): void => onInput((event.target as HTMLInputElement | HTMLSelectElement).value);
  const common = { id, label, invalid: invalid ? 'true' : 'false', describedBy: options.describedBy ?? nothing };
  const select = (choices: readonly { value: string; label: string }[]) => html`<select
    id=${common.id}
    aria-label=${common.label}
    aria-invalid=${common.invalid}
    aria-describedby=${common.describedBy}
    @change=${changed}
  >
    <option value="" ?selected=${text === ''} disabled>Select…</option>
    ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === text}>${choice.label}</option>`)}
    ${text !== '' && !choices.some((choice) => choice.value === text) ? html`<option value=${text} selected>${text} (unknown)</option>` : nothing}
  </select>`;
  const input = (type: string, extra: { placeholder?: string; inputmode?: string } = {}) => html`<input
    id=${common.id}
    type=${type}
    aria-label=${common.label}
    aria-invalid=${common.invalid}
    aria-describedby=${common.describedBy}
    autocomplete="off"
    placeholder=${extra.placeholder ?? nothing}
    inputmode=${extra.inputmode ?? nothing}
    .value=${text}
    @input=${changed}
  />`;
  switch (paramInputKind(def)) {
    case 'yesNo':
      return select([
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ]);
    case 'enum':
      return select(def.type === FieldType.ENUM ? def.data.enumItems.map((item) => ({ value: item.code, label: item.name })) : []);
    case 'user':
      return select(options.users.map((user) => ({ value: user.id, label: user.name })));
    case 'date':
      return input('date');
    case 'time':
      return input('time');
    case 'datetime':
      return input('datetime-local');
    case 'number':
    case 'money':
      return input('text', { placeholder: paramPlaceholder(def), inputmode: 'decimal' });
    default:
      return input('text', { placeholder: paramPlaceholder(def) });
  }
}
