import { z } from 'zod';
import { compileExpression, ExpressionFailure } from '../expressions/bounded-expression';
import { formatMappingPath, MappingPath, parseMappingPath } from './mapping-path';
import { Transform } from './transforms/transform';

/**
 * The mapping format: how one source record (an ERP job, a webhook body)
 * becomes one target record (a CMMS work order). Stored and versioned like
 * flows (the `FieldMapping` table keeps every version), so a published
 * version is immutable and compiled once per isolate.
 */

/** A JSON Schema (draft 2020-12) as a plain object; its content is checked where it is used. */
export const JsonSchemaObject = z.record(z.string(), z.json());
export type JsonSchemaObject = z.infer<typeof JsonSchemaObject>;

export const MAX_RULES = 2_000;
export const MAX_TRANSFORMS_PER_RULE = 20;

export const MappingRule = z
  .object({
    /** where the result goes in the output: "workOrder.asset.tag", "lines[0].qty" */
    target: MappingPath,
    /** a path in the source record */
    source: MappingPath.optional(),
    /** JSONata over the source record (`$`), with the caller's bindings as variables ($trigger, $vars, …) */
    expression: z.string().min(1).optional(),
    /** a literal */
    value: z.json().optional(),
    transforms: z.array(Transform).max(MAX_TRANSFORMS_PER_RULE).optional(),
    /** the result when the value is missing (absent, null or "") after the transforms; not transformed itself */
    default: z.json().optional(),
    /** a missing value after `default` is a field error "required" */
    required: z.boolean().optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const given = (['source', 'expression', 'value'] as const).filter((key) => rule[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          given.length === 0
            ? 'a rule needs one of source, expression or value'
            : `a rule takes exactly one of source, expression or value, not ${given.join(' and ')}`,
      });
    }
    if (rule.default === null || rule.default === '') {
      ctx.addIssue({ code: 'custom', path: ['default'], message: 'a default of null or "" would itself be missing' });
    }
    if (rule.expression !== undefined) {
      const problem = expressionProblem(rule.expression);
      if (problem) ctx.addIssue({ code: 'custom', path: ['expression'], message: problem });
    }
  });
export type MappingRule = z.infer<typeof MappingRule>;

export const FieldMappingDefinition = z
  .object({
    sourceSchema: JsonSchemaObject.optional(),
    targetSchema: JsonSchemaObject.optional(),
    rules: z.array(MappingRule).min(1, 'a mapping needs at least one rule').max(MAX_RULES),
  })
  .strict()
  .superRefine((definition, ctx) => {
    for (const conflict of targetConflicts(definition.rules)) {
      ctx.addIssue({ code: 'custom', path: ['rules', conflict.rule, 'target'], message: conflict.message });
    }
  });
export type FieldMappingDefinition = z.infer<typeof FieldMappingDefinition>;

export interface MappingDefinitionIssue {
  /** where in the definition, e.g. "rules[1].transforms[0].to" */
  path: string;
  message: string;
}

/** A definition that cannot be compiled; `issues` lists every problem with its path. */
export class MappingDefinitionError extends Error {
  readonly code = 'invalid_definition';
  constructor(readonly issues: MappingDefinitionIssue[]) {
    super(`invalid field mapping: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`);
  }
}

/** Validates an untrusted mapping definition (as stored or sent by the editor) and lists every problem with its path. */
export function validateFieldMapping(
  value: unknown,
): { ok: true; definition: FieldMappingDefinition } | { ok: false; issues: MappingDefinitionIssue[] } {
  const result = FieldMappingDefinition.safeParse(value);
  if (result.success) return { ok: true, definition: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatMappingPath(issue.path), message: issue.message })),
  };
}

function expressionProblem(expression: string): string | null {
  try {
    compileExpression(expression);
    return null;
  } catch (error) {
    if (!(error instanceof ExpressionFailure)) throw error;
    const hint = expression.startsWith('=') ? ' (write the expression without the leading "=")' : '';
    const at = error.position === undefined ? '' : ` at position ${error.position}`;
    return `syntax error${at}: ${error.message}${hint}`;
  }
}

/**
 * Two rules must not write the same place, nor one inside the other's value
 * ("asset" and "asset.tag"), nor use one name as both object and list
 * ("lines[0]" and "lines.total"): the result would depend on rule order.
 */
function targetConflicts(rules: MappingRule[]): { rule: number; message: string }[] {
  const conflicts: { rule: number; message: string }[] = [];
  const places = new Map<string, { rule: number; kind: 'value' | 'object' | 'list' }>();
  rules.forEach((rule, index) => {
    const parsed = parseMappingPath(rule.target);
    if (!parsed.ok) return;
    const segments = parsed.segments;
    for (let depth = 1; depth <= segments.length; depth++) {
      const key = JSON.stringify(segments.slice(0, depth));
      const next = segments[depth];
      const kind = next === undefined ? 'value' : typeof next === 'number' ? 'list' : 'object';
      const seen = places.get(key);
      if (seen && (kind === 'value' || seen.kind !== kind)) {
        const other = rules[seen.rule]?.target;
        conflicts.push({
          rule: index,
          message: `target "${rule.target}" collides with "${other}" of rules[${seen.rule}]`,
        });
        return;
      }
      if (!seen) places.set(key, { rule: index, kind });
    }
  });
  return conflicts;
}
