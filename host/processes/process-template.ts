/**
 * What a process template may look like: the schema every template is checked against before it
 * is stored, and the rules a schema cannot say (unique codes, system activity inputs that name
 * existing variables).
 */
import { FieldType, type ProcessTemplateInfo, type ProcessVariableType } from '@elma365/sdk-types';
import { z } from 'zod';
import { ProcessError } from './process-errors';

export const VARIABLE_TYPES: readonly ProcessVariableType[] = [...Object.values(FieldType), 'LINE_SESSION'];

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'use letters, digits and _').max(100);
const label = z.string().trim().min(1).max(200);

export const MAX_SCRIPT_LENGTH = 200_000;

const variableSchema = z.strictObject({
  code: identifier,
  name: label,
  type: z.enum(VARIABLE_TYPES as [ProcessVariableType, ...ProcessVariableType[]]),
  array: z.boolean().optional(),
  input: z.boolean().optional(),
});

const activityId = z.string().regex(/^[A-Za-z0-9_.-]+$/).max(100);

const activitySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('script'), id: activityId, name: label, function: identifier }),
  z.strictObject({
    kind: z.literal('system'),
    id: activityId,
    name: label,
    activity: z.string().min(1).max(200),
    inputs: z.record(identifier, z.string().max(10_000)),
  }),
]);

export const templateSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _').max(100),
  name: label,
  variables: z.array(variableSchema).max(200),
  activities: z.array(activitySchema).max(100),
  script: z.string().max(MAX_SCRIPT_LENGTH),
});

/** Checks a template and returns it as stored; throws `process/invalid-template` with every problem. */
export function checkTemplate(template: unknown): ProcessTemplateInfo {
  const parsed = templateSchema.safeParse(template);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'template'}: ${issue.message}`);
    throw new ProcessError('process/invalid-template', `The template is not valid: ${problems.join('; ')}.`);
  }
  const info = parsed.data as ProcessTemplateInfo;
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const variable of info.variables) {
    if (codes.has(variable.code)) problems.push(`variable "${variable.code}" is declared twice`);
    codes.add(variable.code);
  }
  const ids = new Set<string>();
  for (const activity of info.activities) {
    if (ids.has(activity.id)) problems.push(`activity id "${activity.id}" is used twice`);
    ids.add(activity.id);
    if (activity.kind !== 'system') continue;
    for (const [input, source] of Object.entries(activity.inputs)) {
      if (!source.startsWith('=') && !codes.has(source)) problems.push(`input "${input}" of activity "${activity.id}" names no variable ("${source}")`);
    }
  }
  if (problems.length > 0) throw new ProcessError('process/invalid-template', `The template is not valid: ${problems.join('; ')}.`);
  return info;
}
