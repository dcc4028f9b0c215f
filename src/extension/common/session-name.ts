/**
 * Session names from the live chat's template (spec §4.4): the variables a template may use,
 * their values for a session, and sample values for the preview in Settings.
 */
import { FieldType } from '@elma365/sdk-types';
import type { ParameterDefinition } from './parameters/parameter-definition';
import { compileTemplate, type TemplateProblem, type TemplateValueType, type TemplateValues, type TemplateVariable } from './templates/template';

const SYSTEM_VARIABLES: TemplateVariable[] = [
  { code: 'client.name', name: 'Client › Name', type: 'string' },
  { code: '__createdAt', name: 'Date created', type: 'datetime' },
  { code: 'line.name', name: 'Live chat › Name', type: 'string' },
  { code: 'channel.name', name: 'Channel › Name', type: 'string' },
  { code: 'subject', name: 'Subject (e-mail)', type: 'string' },
];

function templateTypeOf(definition: ParameterDefinition): TemplateValueType {
  if (definition.array) return 'string';
  switch (definition.type) {
    case FieldType.FLOAT:
      return 'number';
    case FieldType.BOOLEAN:
      return 'boolean';
    case FieldType.DATETIME:
      return 'datetime';
    default:
      return 'string';
  }
}

export function sessionNameVariables(definitions: readonly ParameterDefinition[]): TemplateVariable[] {
  return [...SYSTEM_VARIABLES, ...definitions.map((d) => ({ code: d.code, name: d.name, type: templateTypeOf(d) }))];
}

/** How a stored parameter value reads inside a name: the text a person would write. */
export function parameterText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(parameterText).filter(Boolean).join(', ');
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.tel === 'string') return v.tel;
  if (typeof v.email === 'string') return v.email;
  if (typeof v.cents === 'number' && typeof v.currency === 'string') return `${(v.cents / 100).toFixed(2)} ${v.currency}`;
  if ('firstname' in v || 'lastname' in v) return [v.firstname, v.middlename, v.lastname].filter((part) => typeof part === 'string' && part).join(' ');
  if (typeof v.name === 'string') return v.name;
  if (typeof v.id === 'string') return v.id;
  return JSON.stringify(value);
}

export interface SessionNameFacts {
  clientName: string;
  createdAt: string;
  lineName: string;
  channelName: string;
  subject?: string;
  params: Record<string, unknown>;
}

export function sessionNameValues(definitions: readonly ParameterDefinition[], facts: SessionNameFacts): TemplateValues {
  const values: TemplateValues = {
    client: { name: facts.clientName },
    __createdAt: facts.createdAt,
    line: { name: facts.lineName },
    channel: { name: facts.channelName },
    subject: facts.subject ?? '',
  };
  for (const definition of definitions) {
    const value = facts.params[definition.code];
    const type = templateTypeOf(definition);
    values[definition.code] = type === 'string' ? parameterText(value) : value;
  }
  return values;
}

/**
 * A template over the session variables (a session name, a routing rule's reply, a response
 * template) rendered for a session; its problems when it no longer compiles with today's
 * parameters (one was deleted since it was saved).
 */
export function renderSessionTemplate(
  source: string,
  definitions: readonly ParameterDefinition[],
  facts: SessionNameFacts,
  timeZone: string,
): { text: string } | { problems: TemplateProblem[] } {
  const compiled = compileTemplate(source, sessionNameVariables(definitions));
  if (!compiled.ok) return { problems: compiled.problems };
  return { text: compiled.template.render(sessionNameValues(definitions, facts), { timeZone }) };
}

/** Values for the live preview of a template in Settings. */
export function sampleSessionNameValues(definitions: readonly ParameterDefinition[], now: Date, lineName: string): TemplateValues {
  const params: Record<string, unknown> = {};
  for (const definition of definitions) {
    const type = templateTypeOf(definition);
    params[definition.code] = type === 'number' ? 42 : type === 'boolean' ? true : type === 'datetime' ? now.toISOString() : definition.name;
  }
  return sessionNameValues(definitions, {
    clientName: 'Emma Fischer',
    createdAt: now.toISOString(),
    lineName,
    channelName: `Internal channel ${lineName}`,
    subject: 'Order #1042',
    params,
  });
}
