/**
 * The session-name template engine (spec §4.4): compiles the platform template syntax once, when
 * an administrator saves it, reporting every problem with its position, and renders a compiled
 * template against session values. Pure and DOM-free, so the settings screen and the server run
 * the same code.
 */
import { MAX_PROBLEMS, MAX_TEMPLATE_LENGTH, problemAt, type TemplateProblem, type TemplateVariable } from './template-ast';
import { checkTemplate } from './template-checker';
import { renderNodes } from './template-evaluator';
import { parseTemplate } from './template-parser';
import { resolveTimeZone } from './zoned-time';

export type { TemplateProblem, TemplateValueType, TemplateVariable } from './template-ast';
export { MAX_NESTING_DEPTH, MAX_TEMPLATE_LENGTH } from './template-ast';

/** Nested objects for dot paths; dates as Date, ISO 8601 strings or epoch milliseconds. */
export type TemplateValues = { [key: string]: unknown };

export interface RenderOptions {
  /** IANA zone the dates are shown in; an unknown zone falls back to UTC. */
  timeZone: string;
}

export interface CompiledTemplate {
  readonly source: string;
  /** Never throws: missing or unreadable values render as empty text. */
  render(values: TemplateValues, options: RenderOptions): string;
  /** Variable codes used, in order of first use. */
  readonly variables: string[];
}

export type CompileResult = { ok: true; template: CompiledTemplate } | { ok: false; problems: TemplateProblem[] };

export function compileTemplate(source: string, variables: readonly TemplateVariable[]): CompileResult {
  if (typeof source !== 'string') return { ok: false, problems: [problemAt('The template must be text', 0)] };
  if (source.length > MAX_TEMPLATE_LENGTH) {
    const message = `The template is longer than ${MAX_TEMPLATE_LENGTH} characters: it passes the limit`;
    const hint = `shorten it by ${source.length - MAX_TEMPLATE_LENGTH} characters`;
    return { ok: false, problems: [problemAt(message, MAX_TEMPLATE_LENGTH, hint)] };
  }
  const parsed = parseTemplate(source);
  const checked = checkTemplate(parsed.nodes, variables);
  const problems = [...parsed.problems, ...checked.problems];
  if (problems.length > 0) {
    problems.sort((a, b) => a.position - b.position);
    return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  }
  const nodes = parsed.nodes;
  const variableTypes = checked.variableTypes;
  return {
    ok: true,
    template: {
      source,
      variables: [...variableTypes.keys()],
      render(values, options) {
        return renderNodes(nodes, { values, timeZone: resolveTimeZone(options?.timeZone), variableTypes });
      },
    },
  };
}
