import jsonata from 'jsonata';

/**
 * Step inputs are JSON templates whose string leaves may be JSONata
 * expressions marked by a leading "=". Compiled expressions are cached per
 * workflow isolate: a flow version is immutable, so its expressions are too.
 */

export interface ExpressionScope {
  trigger: unknown;
  steps: Record<string, { output: unknown }>;
  run: { id: string; flow: string; version: number; startedAt: string };
}

export class ExpressionError extends Error {
  readonly code = 'expression_failed';
  constructor(
    readonly expression: string,
    readonly path: string,
    reason: string,
  ) {
    super(`expression at ${path || '(root)'} failed: ${reason} — in "${expression}"`);
  }
}

const compiled = new Map<string, jsonata.Expression>();

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
    return Promise.all(template.map((item, index) => evaluateTemplate(item, scope, `${path}[${index}]`)));
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
  let expression = compiled.get(source);
  if (!expression) {
    try {
      expression = jsonata(source);
    } catch (error) {
      throw new ExpressionError(source, path, describe(error));
    }
    compiled.set(source, expression);
  }
  try {
    const result = await expression.evaluate(scope, { trigger: scope.trigger, steps: scope.steps, run: scope.run });
    return toPlainJson(result);
  } catch (error) {
    throw new ExpressionError(source, path, describe(error));
  }
}

/** JSONata returns sequences with extra markers; history needs plain JSON. */
function toPlainJson(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
