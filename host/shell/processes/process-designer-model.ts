/**
 * The process designer's rules, DOM-free: how a variable is entered on the Run form and how what
 * was typed becomes the run's inputs, and how templates, activities and instances are described.
 */
import type { ProcessActivity, ProcessInstanceInfo, ProcessInstanceStatus, ProcessVariable, ProcessVariableType } from '@elma365/sdk-types';

export type InputKind = 'text' | 'number' | 'checkbox' | 'datetime' | 'user' | 'json';

/** The control a variable gets on the Run form. */
export function inputKindOf(variable: ProcessVariable): InputKind {
  if (variable.array) return 'json';
  switch (variable.type) {
    case 'STRING':
    case 'LINK':
    case 'LINE_SESSION':
      return 'text';
    case 'FLOAT':
    case 'INTEGER':
      return 'number';
    case 'BOOLEAN':
      return 'checkbox';
    case 'DATETIME':
      return 'datetime';
    case 'SYS_USER':
      return 'user';
    default:
      return 'json';
  }
}

const TYPE_LABELS: Partial<Record<ProcessVariableType, string>> = {
  STRING: 'String',
  LINK: 'Link',
  FLOAT: 'Number',
  INTEGER: 'Integer',
  BOOLEAN: 'Yes/No',
  DATETIME: 'Date/Time',
  SYS_USER: 'User',
  LINE_SESSION: 'Live chat session',
  PHONE: 'Phone',
  EMAIL: 'E-mail',
  FULL_NAME: 'Full name',
  MONEY: 'Money',
  ENUM: 'Category',
  JSON: 'JSON',
  SYS_COLLECTION: 'App',
  ACCOUNT: 'Account',
};

export function typeLabelOf(variable: ProcessVariable): string {
  const label = TYPE_LABELS[variable.type] ?? variable.type;
  return variable.array ? `${label}, list` : label;
}

/** A hint under a Run form field, for the ones whose shape is not obvious. */
export function inputHintOf(variable: ProcessVariable): string {
  if (variable.array) return 'A JSON list, e.g. ["a", "b"].';
  switch (variable.type) {
    case 'LINE_SESSION':
      return 'The id of a live chat session.';
    case 'PHONE':
      return 'JSON, e.g. {"tel": "+1 555 0100", "type": "work"}.';
    case 'EMAIL':
      return 'JSON, e.g. {"email": "ann@example.com"}.';
    case 'FULL_NAME':
      return 'JSON, e.g. {"firstname": "Ann", "lastname": "Lee"}.';
    case 'MONEY':
      return 'JSON, e.g. {"cents": 1250, "currency": "USD"}.';
    default:
      return inputKindOf(variable) === 'json' ? 'A JSON value.' : '';
  }
}

/** What the Run form holds per variable code: text, or a checkbox's state. */
export type RawInputs = Record<string, string | boolean | undefined>;

/** Turns the Run form into inputs; empty fields are left out. Problems are by variable code. */
export function readInputs(variables: readonly ProcessVariable[], raw: RawInputs): { inputs: Record<string, unknown>; problems: Record<string, string> } {
  const inputs: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const variable of variables) {
    const value = raw[variable.code];
    const kind = inputKindOf(variable);
    if (kind === 'checkbox') {
      if (typeof value === 'boolean') inputs[variable.code] = value;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') continue;
    switch (kind) {
      case 'number': {
        const number = Number(text);
        if (!Number.isFinite(number)) problems[variable.code] = 'Enter a number.';
        else if (variable.type === 'INTEGER' && !Number.isInteger(number)) problems[variable.code] = 'Enter a whole number.';
        else inputs[variable.code] = number;
        break;
      }
      case 'datetime': {
        // <input type="datetime-local"> gives local time without a zone.
        const at = new Date(text);
        if (Number.isNaN(at.getTime())) problems[variable.code] = 'Enter a date and time.';
        else inputs[variable.code] = at.toISOString();
        break;
      }
      case 'json':
        try {
          inputs[variable.code] = JSON.parse(text) as unknown;
        } catch {
          problems[variable.code] = 'Enter valid JSON.';
        }
        break;
      default:
        inputs[variable.code] = text;
    }
  }
  return { inputs, problems };
}

export function describeActivity(activity: ProcessActivity): string {
  if (activity.kind === 'script') return `${activity.function}()`;
  const inputs = Object.entries(activity.inputs).map(([name, source]) => (source.startsWith('=') ? `${name} = "${source.slice(1)}"` : `${name} ← ${source}`));
  return inputs.length ? `${activity.activity} (${inputs.join(', ')})` : activity.activity;
}

export const STATUS_LABELS: Record<ProcessInstanceStatus, string> = { running: 'Running', done: 'Done', error: 'Error' };

/** "0.42 s", "12 s", "3 min 5 s"; empty while running. */
export function durationOf(instance: Pick<ProcessInstanceInfo, 'startedAt' | 'finishedAt'>): string {
  if (!instance.finishedAt) return '';
  const ms = Math.max(0, Date.parse(instance.finishedAt) - Date.parse(instance.startedAt));
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** The newest instance of each template, from a newest-first list. */
export function latestByTemplate(instances: readonly ProcessInstanceInfo[]): Map<string, ProcessInstanceInfo> {
  const latest = new Map<string, ProcessInstanceInfo>();
  for (const instance of instances) if (!latest.has(instance.templateCode)) latest.set(instance.templateCode, instance);
  return latest;
}

export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
