import { ExpressionFailure } from '../expressions/bounded-expression';
import { MappingDefinitionError, validateFieldMapping, type FieldMappingDefinition } from './field-mapping';
import { compileRule, type CompiledRule } from './compile-rule';
import { writePath } from './mapping-path';
import type { FieldError, FieldResult, MappingResult } from './mapping-result';
import { compileTargetSchema, type TargetSchemaCheck } from './target-schema';

/** A mapping ready to run: everything that can be prepared once per definition has been. */
export interface CompiledMapping {
  readonly definition: FieldMappingDefinition;
  /**
   * Maps one source record. `bindings` become variables of the rules'
   * expressions (`{ trigger, vars }` → `$trigger`, `$vars`). Never rejects for
   * bad data: every problem is a field error in the result.
   */
  apply(source: unknown, bindings?: Record<string, unknown>): MappingResult;
}

/**
 * Validates and compiles a mapping definition: paths parsed, expressions and
 * transforms compiled, the target schema prepared. Throws `MappingDefinitionError`
 * listing every problem with its path.
 *
 * @example
 * const mapping = compileMapping({ rules: [{ target: 'workOrder.priority', source: 'priority',
 *   transforms: [{ kind: 'lookup', table: { High: 1, Medium: 2, Low: 3 }, default: 2 }] }] });
 * const { output } = mapping.apply({ priority: 'High' }); // { workOrder: { priority: 1 } }
 */
export function compileMapping(definition: unknown): CompiledMapping {
  if (definition === null || typeof definition !== 'object') return compileUncached(definition);
  let compiled = compiledByDefinition.get(definition);
  if (!compiled) {
    compiled = compileUncached(definition);
    compiledByDefinition.set(definition, compiled);
  }
  return compiled;
}

/** Definitions are immutable once published (like flow versions), so each object is compiled once per isolate. */
const compiledByDefinition = new WeakMap<object, CompiledMapping>();

function compileUncached(definition: unknown): CompiledMapping {
  const validated = validateFieldMapping(definition);
  if (!validated.ok) throw new MappingDefinitionError(validated.issues);
  const rules = validated.definition.rules.map(compileRule);
  const checkTarget = validated.definition.targetSchema ? compileTargetSchema(validated.definition.targetSchema) : null;
  return {
    definition: validated.definition,
    apply: (source, bindings = {}) => applyRules(rules, checkTarget, source, bindings),
  };
}

/**
 * Synchronous on purpose: in the workflow sandbox every promise costs a stack
 * capture, and a map step over 10,000 records would pay it per record and rule.
 */
function applyRules(
  rules: CompiledRule[],
  checkTarget: TargetSchemaCheck | null,
  source: unknown,
  bindings: Record<string, unknown>,
): MappingResult {
  const output: Record<string, unknown> = {};
  const fields: FieldResult[] = new Array<FieldResult>(rules.length);
  const errors: FieldError[] = [];
  let failedPointers: Set<string> | null = null;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const field = rule.read ? rule.finish(rule.read(source), source) : evaluateRule(rule, source, bindings);
    fields[i] = field;
    if (field.error) {
      errors.push({ path: rule.target, code: field.error.code, message: field.error.message });
      (failedPointers ??= new Set()).add(rule.pointer);
    } else if (field.value !== undefined) {
      writePath(output, rule.segments, copyJson(field.value));
    }
  }
  if (checkTarget) {
    for (const error of checkTarget(output)) {
      // a field that failed is already reported; its absence is no news
      if (!failedPointers?.has(error.path)) errors.push(error);
    }
  }
  return { output, fields, errors, ok: errors.length === 0 };
}

function evaluateRule(rule: CompiledRule, source: unknown, bindings: Record<string, unknown>): FieldResult {
  let raw: unknown;
  try {
    raw = rule.expression!.evaluate(source, bindings);
  } catch (error) {
    if (!(error instanceof ExpressionFailure)) throw error;
    return { target: rule.target, error: { code: error.code, message: `expression failed: ${error.message}` } };
  }
  return rule.finish(raw, source);
}

/** Output never shares objects with the source or the definition, so changing one cannot change the other. */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson);
  // fromEntries defines properties, so a "__proto__" key from parsed JSON stays data
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyJson(item)]));
}
