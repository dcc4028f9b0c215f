/**
 * The syntax tree of a session-name template and the limits every stage shares. Positions are
 * 0-based offsets into the source, so each problem can point at the character that caused it.
 */

export type TemplateValueType = 'string' | 'number' | 'boolean' | 'datetime' | 'json';

export interface TemplateVariable {
  /** Dot path, e.g. 'client.name', '__createdAt', 'contact_phone'. */
  code: string;
  name: string;
  type: TemplateValueType;
}

/** A declared type, or 'unknown' for a path below a 'json' variable. */
export type StaticType = TemplateValueType | 'unknown';

export interface TemplateProblem {
  message: string;
  /** 0-based offset into the source. */
  position: number;
}

/** The same limit as the live chat settings API, so a template that saves also compiles. */
export const MAX_TEMPLATE_LENGTH = 2000;
/** Nesting of calls, braces, parentheses and {if} blocks; far above real use, far below a stack overflow. */
export const MAX_NESTING_DEPTH = 32;
/** Beyond this an administrator gains nothing from more messages about the same template. */
export const MAX_PROBLEMS = 20;

export type Expression =
  | { kind: 'variable'; path: string; position: number }
  | { kind: 'string'; value: string; position: number }
  | { kind: 'number'; value: number; position: number }
  | { kind: 'call'; name: string; args: Expression[]; position: number };

export type ComparisonOperator = '=' | '<>' | '>' | '>=' | '<' | '<=';

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition; position: number }
  | { kind: 'compare'; operator: ComparisonOperator; left: Expression; right: Expression; position: number }
  /** A bare operand: true when its value is not empty. */
  | { kind: 'test'; operand: Expression; position: number };

export type TemplateNode =
  | { kind: 'text'; text: string; position: number }
  | { kind: 'output'; expression: Expression; position: number }
  | { kind: 'if'; condition: Condition; then: TemplateNode[]; otherwise: TemplateNode[]; position: number };

/** A problem whose message says where it is, e.g. `Unknown variable "x" at 3 (did you mean "y"?)`. */
export function problemAt(message: string, position: number, hint?: string): TemplateProblem {
  return { message: `${message} at ${position}${hint ? ` (${hint})` : ''}`, position };
}
