/**
 * The session name template field (spec §2.2, §4.4), DOM-free: what the {+} and f(x) pickers
 * insert and where the caret goes, the variables a search finds, and the check and live preview
 * that run in the browser as the administrator types (the server checks again on Save).
 */
import { compileTemplate, type TemplateProblem, type TemplateValues, type TemplateVariable } from '../../common/templates/template';

/** The text of an input and its selection. */
export interface TextEdit {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/** Replaces the selection (or inserts at the caret) with `text`; the caret ends after it. */
export function insertText(edit: TextEdit, text: string): TextEdit {
  const length = edit.value.length;
  const clamp = (at: number): number => Math.max(0, Math.min(Number.isFinite(at) ? at : length, length));
  const start = Math.min(clamp(edit.selectionStart), clamp(edit.selectionEnd));
  const end = Math.max(clamp(edit.selectionStart), clamp(edit.selectionEnd));
  const value = edit.value.slice(0, start) + text + edit.value.slice(end);
  const caret = start + text.length;
  return { value, selectionStart: caret, selectionEnd: caret };
}

export function variableToken(code: string): string {
  return `{$${code}}`;
}

/** Variables whose name or code contains the query, in their order. */
export function filterVariables(variables: readonly TemplateVariable[], query: string): TemplateVariable[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...variables];
  return variables.filter((variable) => variable.name.toLocaleLowerCase().includes(needle) || variable.code.toLocaleLowerCase().includes(needle));
}

export type TemplateFunctionId = 'DateTime' | 'UpperCase' | 'LowerCase' | 'Capitalize' | 'Substr' | 'if';

export interface TemplateFunctionEntry {
  id: TemplateFunctionId;
  label: string;
  detail: string;
}

/** What the f(x) picker offers, in this order. */
export const TEMPLATE_FUNCTIONS: readonly TemplateFunctionEntry[] = [
  { id: 'DateTime', label: 'DateTime', detail: 'A date in a format and language' },
  { id: 'UpperCase', label: 'UpperCase', detail: 'TEXT IN CAPITALS' },
  { id: 'LowerCase', label: 'LowerCase', detail: 'text in lower case' },
  { id: 'Capitalize', label: 'Capitalize', detail: 'First letter in capitals' },
  { id: 'Substr', label: 'Substr', detail: 'Part of a text: from, length' },
  { id: 'if', label: 'if / else / end', detail: 'One text or another, by a condition' },
];

const DEFAULT_TEXT = 'client.name';
const DEFAULT_DATE = '__createdAt';

/** The variable a skeleton uses: the preferred one when offered, else the first of the type. */
function pick(variables: readonly TemplateVariable[], preferred: string, type: TemplateVariable['type']): string {
  if (variables.some((variable) => variable.code === preferred)) return preferred;
  return variables.find((variable) => variable.type === type)?.code ?? preferred;
}

/** The text a function inserts, with working arguments the administrator then adjusts. */
export function functionSkeleton(id: TemplateFunctionId, variables: readonly TemplateVariable[]): string {
  const text = variableToken(pick(variables, DEFAULT_TEXT, 'string'));
  switch (id) {
    case 'DateTime':
      return `{DateTime("DD.MM.YYYY", ${variableToken(pick(variables, DEFAULT_DATE, 'datetime'))}, "en_US")}`;
    case 'UpperCase':
    case 'LowerCase':
    case 'Capitalize':
      return `{${id}(${text})}`;
    case 'Substr':
      return `{Substr(${text}, 0, 10)}`;
    case 'if': {
      const subject = variables.some((variable) => variable.code === 'subject') ? 'subject' : pick(variables, DEFAULT_TEXT, 'string');
      return `{if ${variableToken(subject)}}${variableToken(subject)}{else}${text}{end}`;
    }
  }
}

export interface TemplateCheck {
  /** Problems with their positions, first position first; empty when the template compiles. */
  problems: TemplateProblem[];
  /** The name a session would get with the sample values; undefined when there are problems. */
  preview?: string;
}

/**
 * Compiles the template as the server will and renders it with sample values. An empty template
 * is valid: sessions are then named after their client.
 */
export function checkTemplate(source: string, variables: readonly TemplateVariable[], sample: TemplateValues, timeZone: string): TemplateCheck {
  if (source.trim() === '') return { problems: [] };
  const result = compileTemplate(source, variables);
  if (!result.ok) return { problems: result.problems };
  return { problems: [], preview: result.template.render(sample, { timeZone }) };
}
