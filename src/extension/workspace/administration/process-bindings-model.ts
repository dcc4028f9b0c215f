/**
 * The Business Processes tab (spec §2.7, §8.1), DOM-free: which process each live chat event
 * starts, and the Input parameters dialog that fills the process's variables from event fields.
 * A variable is only ever offered the fields of its own type; a list variable takes none.
 */
import type { ProcessVariable, ProcessVariableType } from '@elma365/sdk-types';
import {
  bindingProblems,
  EVENT_FIELDS,
  eventFields,
  LINE_EVENTS,
  type EventField,
  type LineEvent,
  type ProcessBinding,
  type ProcessBindings,
} from '../../common/process-bindings';
import type { ProcessTemplateDto } from '../../common/api';

/** The fields that may fill `variable` on `event`: of the same type, and only for single values. */
export function compatibleFields(variable: ProcessVariable, event: LineEvent): EventField[] {
  if (variable.array) return [];
  return eventFields(event).filter((field) => EVENT_FIELDS[field].type === variable.type);
}

export function fieldLabel(field: EventField): string {
  return EVENT_FIELDS[field].label;
}

const TYPE_LABELS: Partial<Record<ProcessVariableType, string>> = {
  STRING: 'String',
  FLOAT: 'Number',
  INTEGER: 'Integer',
  BOOLEAN: 'Yes/No',
  DATETIME: 'Date/Time',
  ENUM: 'Category',
  MONEY: 'Money',
  PHONE: 'Phone',
  EMAIL: 'Email',
  FULL_NAME: 'Full name',
  LINK: 'Link',
  SYS_USER: 'Users',
  SYS_COLLECTION: 'App',
  JSON: 'JSON',
  LINE_SESSION: 'Session',
};

/** "String", "Session", "List of Users". */
export function variableTypeLabel(variable: Pick<ProcessVariable, 'type' | 'array'>): string {
  const label = TYPE_LABELS[variable.type] ?? variable.type;
  return variable.array ? `List of ${label}` : label;
}

/**
 * The variables "Input parameters" fills: those the template marks as inputs (its start form);
 * a template that marks none takes any of its variables.
 */
export function inputVariables(template: Pick<ProcessTemplateDto, 'variables'>): ProcessVariable[] {
  const inputs = template.variables.filter((variable) => variable.input);
  return inputs.length > 0 ? inputs : [...template.variables];
}

export type MapResult = { ok: true; binding: ProcessBinding } | { ok: false; error: string };

/**
 * Fills `variable` from `field` (or clears it with undefined). A field of another type is refused
 * with the reason, whatever asked for it.
 */
export function mapVariable(binding: ProcessBinding, variable: ProcessVariable, field: EventField | undefined, event: LineEvent): MapResult {
  const inputs = { ...binding.inputs };
  if (field === undefined) {
    delete inputs[variable.code];
    return { ok: true, binding: { ...binding, inputs } };
  }
  if (!compatibleFields(variable, event).includes(field)) {
    const source = EVENT_FIELDS[field];
    const why = !eventFields(event).includes(field)
      ? `the event has no "${source.label}"`
      : `"${source.label}" is ${TYPE_LABELS[source.type] ?? source.type} and "${variable.name}" is ${variableTypeLabel(variable)}`;
    return { ok: false, error: `"${variable.name}" cannot be filled this way: ${why}.` };
  }
  inputs[variable.code] = field;
  return { ok: true, binding: { ...binding, inputs } };
}

/** Chooses the process of an event; choosing another process forgets the old mapping. */
export function selectTemplate(bindings: ProcessBindings, event: LineEvent, templateCode: string): ProcessBindings {
  const current = bindings[event];
  if (current?.templateCode === templateCode) return bindings;
  return { ...bindings, [event]: { templateCode, inputs: {} } };
}

export function clearTemplate(bindings: ProcessBindings, event: LineEvent): ProcessBindings {
  const next = { ...bindings };
  delete next[event];
  return next;
}

export function setBinding(bindings: ProcessBindings, event: LineEvent, binding: ProcessBinding): ProcessBindings {
  return { ...bindings, [event]: binding };
}

export interface BindingSummary {
  /** The process's name, or its code when the host no longer has it. */
  templateName: string;
  /** "1 of 2 variables filled", "No variables". */
  inputs: string;
  problems: string[];
}

export function bindingSummary(event: LineEvent, binding: ProcessBinding, templates: readonly ProcessTemplateDto[]): BindingSummary {
  const template = templates.find((candidate) => candidate.code === binding.templateCode);
  if (!template) {
    return { templateName: binding.templateCode, inputs: '', problems: [`The process "${binding.templateCode}" no longer exists. Select another one or clear the event.`] };
  }
  const variables = inputVariables(template);
  const filled = variables.filter((variable) => binding.inputs[variable.code] !== undefined).length;
  const total = variables.length;
  const inputs = total === 0 ? 'The process has no variables' : `${filled} of ${total} ${total === 1 ? 'variable' : 'variables'} filled`;
  return { templateName: template.name, inputs, problems: bindingProblems(event, binding, template.variables) };
}

/** Whether two sets of bindings say the same. */
export function sameBindings(a: ProcessBindings, b: ProcessBindings): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(bindings: ProcessBindings): unknown {
  return LINE_EVENTS.map((event) => {
    const binding = bindings[event];
    if (!binding) return null;
    const inputs = Object.keys(binding.inputs)
      .sort()
      .map((code) => [code, binding.inputs[code]]);
    return [binding.templateCode, inputs];
  });
}

/** Any problem of any event, for the Save button. */
export function bindingsProblems(bindings: ProcessBindings, templates: readonly ProcessTemplateDto[]): string[] {
  return (Object.entries(bindings) as [LineEvent, ProcessBinding | undefined][]).flatMap(([event, binding]) =>
    binding ? bindingSummary(event, binding, templates).problems : [],
  );
}
