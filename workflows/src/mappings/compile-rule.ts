import { compileExpression, type BoundedExpression } from '../expressions/bounded-expression';
import type { MappingRule } from './field-mapping';
import { jsonPointer, pathSegments, readPath, type PathSegment } from './mapping-path';
import type { FieldResult } from './mapping-result';
import { compileTransform, type CompiledTransform } from './transforms/compile-transform';
import { describeValue, TransformFailure } from './transforms/transform-function';

/**
 * One rule, compiled: where it writes, how it reads (a path, a literal, or an
 * expression), and `finish`, which runs
 * the transforms, the default and the required check on what was read.
 */
export interface CompiledRule {
  readonly target: string;
  readonly segments: readonly PathSegment[];
  /** the target as a JSON pointer, to match target schema errors to rules */
  readonly pointer: string;
  /** reads the raw value; absent for expression rules */
  readonly read?: (source: unknown) => unknown;
  readonly expression?: BoundedExpression;
  finish(raw: unknown, source: unknown): FieldResult;
}

/** Compiles a rule validated by the `MappingRule` schema. */
export function compileRule(rule: MappingRule): CompiledRule {
  const segments = pathSegments(rule.target);
  const transforms = (rule.transforms ?? []).map(compileTransform);
  const base = { target: rule.target, segments, pointer: jsonPointer(segments) };
  const finish = compileFinish(rule, transforms);
  if (rule.expression !== undefined) return { ...base, expression: compileExpression(rule.expression), finish };
  if (rule.source !== undefined) {
    const from = pathSegments(rule.source);
    return { ...base, read: (source) => readPath(source, from), finish };
  }
  const literal = rule.value;
  return { ...base, read: () => literal, finish };
}

/** Absent, null and "" are all "no value": what ERPs send for an empty field varies. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function compileFinish(rule: MappingRule, transforms: CompiledTransform[]): CompiledRule['finish'] {
  const { target, default: fallback, required = false } = rule;
  const origin =
    rule.source !== undefined ? `source "${rule.source}"` : rule.expression ? 'the expression' : 'the value';
  return (raw, source) => {
    let value = raw;
    for (let i = 0; i < transforms.length; i++) {
      const transform = transforms[i]!;
      if (!transform.runsOnMissing && isMissing(value)) continue;
      try {
        value = transform.apply(value, source);
      } catch (error) {
        if (!(error instanceof TransformFailure)) throw error;
        return { target, error: { code: error.code, message: `transforms[${i}] ${transform.kind}: ${error.message}` } };
      }
    }
    if (fallback !== undefined && isMissing(value)) value = fallback;
    if (required && isMissing(value)) {
      const after = transforms.length > 0 && !isMissing(raw) ? ' after its transforms' : '';
      return {
        target,
        error: { code: 'required', message: `required, but ${origin} gave ${describeValue(value)}${after}` },
      };
    }
    return value === undefined ? { target } : { target, value };
  };
}
