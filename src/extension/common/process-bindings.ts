/**
 * The Business Processes tab (spec §2.7, §8.1): which process template starts on which live chat
 * event, and how live chat, session and message fields map onto the template's input variables.
 * A field maps only onto a variable of the same type.
 */
import { FieldType, type ProcessVariable, type ProcessVariableType } from '@elma365/sdk-types';

export const LINE_EVENTS = ['sessionCreated', 'clientMessage', 'sessionClosed'] as const;
export type LineEvent = (typeof LINE_EVENTS)[number];

export const LINE_EVENT_LABELS: Record<LineEvent, string> = {
  sessionCreated: 'On new session creation',
  clientMessage: 'On message received from client',
  sessionClosed: 'On session closed',
};

const ALL: readonly LineEvent[] = LINE_EVENTS;

/** Fields of an event that can fill process variables, with the events that have them. */
export const EVENT_FIELDS = {
  'line.id': { label: 'Live chat › Identifier', type: FieldType.STRING, events: ALL },
  'line.name': { label: 'Live chat › Name', type: FieldType.STRING, events: ALL },
  'session.id': { label: 'Session', type: 'LINE_SESSION', events: ALL },
  'session.name': { label: 'Session › Name', type: FieldType.STRING, events: ALL },
  'session.createdAt': { label: 'Session › Date created', type: FieldType.DATETIME, events: ALL },
  'client.name': { label: 'Client › Name', type: FieldType.STRING, events: ALL },
  'message.text': { label: 'Message › Text', type: FieldType.STRING, events: ['sessionCreated', 'clientMessage'] },
  'operator.id': { label: 'Session › Operator', type: FieldType.SYS_USER, events: ['clientMessage', 'sessionClosed'] },
} as const satisfies Record<string, { label: string; type: ProcessVariableType; events: readonly LineEvent[] }>;

export type EventField = keyof typeof EVENT_FIELDS;

export interface ProcessBinding {
  templateCode: string;
  /** Template variable code → the event field that fills it. */
  inputs: Record<string, EventField>;
}

export type ProcessBindings = Partial<Record<LineEvent, ProcessBinding>>;

/** The fields an event has. */
export function eventFields(event: LineEvent): EventField[] {
  return (Object.keys(EVENT_FIELDS) as EventField[]).filter((field) => (EVENT_FIELDS[field].events as readonly LineEvent[]).includes(event));
}

/** Problems of a binding against the template's variables: unknown variables and fields, mismatched types. */
export function bindingProblems(event: LineEvent, binding: ProcessBinding, variables: readonly ProcessVariable[]): string[] {
  const problems: string[] = [];
  for (const [code, field] of Object.entries(binding.inputs)) {
    const variable = variables.find((v) => v.code === code);
    const source = EVENT_FIELDS[field];
    if (!variable) problems.push(`The process has no variable "${code}".`);
    else if (!eventFields(event).includes(field)) problems.push(`"${source.label}" is not known when the event happens.`);
    else if (variable.type !== source.type || variable.array) {
      problems.push(`"${source.label}" is ${source.type} and cannot fill "${variable.name}" (${variable.array ? 'array of ' : ''}${variable.type}).`);
    }
  }
  return problems;
}

/** The values of an event, by field. */
export type EventFacts = Partial<Record<EventField, unknown>>;

export function resolveInputs(binding: ProcessBinding, facts: EventFacts): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const [code, field] of Object.entries(binding.inputs)) {
    if (facts[field] !== undefined) inputs[code] = facts[field];
  }
  return inputs;
}
