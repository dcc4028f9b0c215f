import { compileTemplate, type CompiledTemplate, type TemplateProblem, type TemplateValues, type TemplateVariable } from '../../../../src/extension/common/templates/template';

/** The variables a live chat offers its session-name template in these tests. */
export const sessionVariables: TemplateVariable[] = [
  { code: 'code', name: 'Code', type: 'string' },
  { code: 'client.name', name: 'Client name', type: 'string' },
  { code: 'client.phone', name: 'Client phone', type: 'string' },
  { code: 'contact_phone', name: 'Contact phone', type: 'string' },
  { code: '__createdAt', name: 'Date created', type: 'datetime' },
  { code: 'line.name', name: 'Live chat', type: 'string' },
  { code: 'count', name: 'Messages', type: 'number' },
  { code: 'vip', name: 'VIP', type: 'boolean' },
  { code: 'extra', name: 'Extra data', type: 'json' },
];

export function compiled(source: string, variables: readonly TemplateVariable[] = sessionVariables): CompiledTemplate {
  const result = compileTemplate(source, variables);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(source)} to compile, got ${JSON.stringify(result.problems)}`);
  return result.template;
}

export function problemsOf(source: string, variables: readonly TemplateVariable[] = sessionVariables): TemplateProblem[] {
  const result = compileTemplate(source, variables);
  if (result.ok) throw new Error(`expected ${JSON.stringify(source)} not to compile`);
  return result.problems;
}

export function render(source: string, values: TemplateValues = {}, timeZone = 'UTC'): string {
  return compiled(source).render(values, { timeZone });
}
