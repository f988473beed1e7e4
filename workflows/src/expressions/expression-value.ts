import { compileExpression, ExpressionFailure, type ExpressionFailureCode } from './bounded-expression';

/**
 * Step inputs are JSON templates whose string leaves may be JSONata
 * expressions marked by a leading "=". Expressions see the run's scope as
 * variables: `$trigger`, `$steps.<id>.output`, `$vars`, `$run`, and inside a
 * `forEach` body `$item` and `$index`. Nothing else is reachable from them.
 */

export interface ExpressionScope {
  trigger: unknown;
  steps: Record<string, { output?: unknown; error?: unknown }>;
  /** `version` is null in a draft test run, which executes the flow's draft */
  run: { id: string; flow: string; version: number | null; startedAt: string };
  vars?: Record<string, unknown>;
  item?: unknown;
  index?: number;
}

/** An expression failed where it was used; `path` is where in the step it sits. */
export class ExpressionError extends Error {
  readonly code: ExpressionFailureCode;
  constructor(
    readonly expression: string,
    readonly path: string,
    failure: ExpressionFailure,
  ) {
    super(`expression at ${path || '(root)'} failed: ${failure.message} — in "${expression}"`);
    this.code = failure.code;
  }
}

/** "=…" is an expression; "==…" is a literal string starting with "=". */
export function expressionSource(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('=')) return null;
  if (value.startsWith('==')) return null;
  return value.slice(1);
}

/** Evaluates every expression in a JSON template, leaving literals as they are. */
export async function evaluateTemplate(template: unknown, scope: ExpressionScope, path = ''): Promise<unknown> {
  const source = expressionSource(template);
  if (source !== null) return evaluateExpression(source, scope, path);
  if (typeof template === 'string' && template.startsWith('==')) return template.slice(1);
  if (Array.isArray(template)) {
    const out: unknown[] = [];
    for (const [index, item] of template.entries()) out.push(await evaluateTemplate(item, scope, `${path}[${index}]`));
    return out;
  }
  if (template !== null && typeof template === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) {
      const evaluated = await evaluateTemplate(value, scope, path ? `${path}.${key}` : key);
      // an expression that finds nothing leaves the field out, as JSONata does
      if (evaluated !== undefined) out[key] = evaluated;
    }
    return out;
  }
  return template;
}

export async function evaluateExpression(source: string, scope: ExpressionScope, path: string): Promise<unknown> {
  try {
    return compileExpression(source).evaluate(scope, scopeBindings(scope));
  } catch (error) {
    if (error instanceof ExpressionFailure) throw new ExpressionError(source, path, error);
    throw error;
  }
}

/** The variables an expression sees; also used by mappings that run inside a flow. */
export function scopeBindings(scope: ExpressionScope): Record<string, unknown> {
  return {
    trigger: scope.trigger,
    steps: scope.steps,
    run: scope.run,
    vars: scope.vars ?? {},
    item: scope.item,
    index: scope.index,
  };
}
