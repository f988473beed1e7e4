import jsonata from 'jsonata';

/**
 * JSONata with limits. Expressions run inside the workflow sandbox, where a
 * runaway one (infinite recursion, a loop over millions of items, a string of
 * gigabytes) would hold the workflow thread and trip Temporal's deadlock
 * detector for every run on the worker. Wall-clock timeouts are useless there
 * (workflow time stands still during an activation), so the budget counts
 * evaluation steps instead: deterministic, so a replay fails at the same place.
 */

export interface ExpressionLimits {
  /** evaluation steps (AST node visits) one evaluation may take */
  maxSteps: number;
  /** nesting depth of the evaluator (recursion) */
  maxDepth: number;
  /** characters in any string an operator or function call produces */
  maxStringLength: number;
  /** items in any list an operator or function call produces */
  maxArrayLength: number;
}

export const DEFAULT_EXPRESSION_LIMITS: ExpressionLimits = {
  maxSteps: 100_000,
  maxDepth: 250,
  maxStringLength: 5_000_000,
  maxArrayLength: 200_000,
};

export type ExpressionFailureCode = 'expression_syntax' | 'expression_failed' | 'expression_limit_exceeded';

/** A failure of one expression; `position` is the character offset JSONata reports, when known. */
export class ExpressionFailure extends Error {
  constructor(
    readonly code: ExpressionFailureCode,
    message: string,
    readonly position?: number,
  ) {
    super(message);
  }
}

export interface BoundedExpression {
  readonly source: string;
  readonly ast: jsonata.ExprNode;
  /** synchronous; throws ExpressionFailure */
  evaluate(input: unknown, bindings: Record<string, unknown>): unknown;
}

const compiled = new Map<string, BoundedExpression>();
const MAX_CACHED = 5_000;

/**
 * Parses once and caches per isolate: flow versions are immutable, so are
 * their expressions. Throws `ExpressionFailure('expression_syntax')`.
 */
export function compileExpression(
  source: string,
  limits: ExpressionLimits = DEFAULT_EXPRESSION_LIMITS,
): BoundedExpression {
  const cacheKey = limits === DEFAULT_EXPRESSION_LIMITS ? source : null;
  const cached = cacheKey === null ? undefined : compiled.get(cacheKey);
  if (cached) return cached;
  let expression: jsonata.Expression;
  try {
    expression = jsonata(source);
  } catch (error) {
    throw new ExpressionFailure('expression_syntax', describe(error), positionOf(error));
  }
  const bounded: BoundedExpression = {
    source,
    ast: expression.ast(),
    evaluate: (input, bindings) => evaluateBounded(expression, input, bindings, limits),
  };
  if (cacheKey !== null) {
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(cacheKey, bounded);
  }
  return bounded;
}

/**
 * The hooks JSONata calls around every evaluation step, bound per call so
 * concurrent evaluations of one compiled expression keep separate budgets.
 * They count steps and nesting depth and check the size of each result.
 */
function guards(limits: ExpressionLimits): Record<string, unknown> {
  let steps = 0;
  let depth = 0;
  return {
    __evaluate_entry: () => {
      steps += 1;
      depth += 1;
      if (steps > limits.maxSteps) {
        throw new ExpressionFailure(
          'expression_limit_exceeded',
          `evaluation took more than ${limits.maxSteps} steps (an endless loop or recursion?)`,
        );
      }
      if (depth > limits.maxDepth) {
        throw new ExpressionFailure(
          'expression_limit_exceeded',
          `recursion deeper than ${limits.maxDepth} levels (a function that never stops calling itself?)`,
        );
      }
    },
    __evaluate_exit: (node: { type?: string } | undefined, _input: unknown, _frame: unknown, result: unknown) => {
      depth -= 1;
      // Only values an expression builds count: selecting a 20 MB field of
      // the input is fine, concatenating one out of nothing is not.
      if (!BUILDING_NODES.has(node?.type ?? '')) return;
      if (typeof result === 'string' && result.length > limits.maxStringLength) {
        throw new ExpressionFailure(
          'expression_limit_exceeded',
          `a string of ${result.length} characters exceeds the limit of ${limits.maxStringLength}`,
        );
      }
      if (Array.isArray(result) && result.length > limits.maxArrayLength) {
        throw new ExpressionFailure(
          'expression_limit_exceeded',
          `a list of ${result.length} items exceeds the limit of ${limits.maxArrayLength}`,
        );
      }
    },
  };
}

/** AST node kinds that create new values (calls, operators, constructors) rather than select existing ones. */
const BUILDING_NODES = new Set(['function', 'partial', 'apply', 'binary', 'unary', 'condition', 'block']);

function evaluateBounded(
  expression: jsonata.Expression,
  input: unknown,
  bindings: Record<string, unknown>,
  limits: ExpressionLimits,
): unknown {
  try {
    // Synchronous: JSONata 1.x evaluates without creating promises, which
    // matters in the workflow sandbox, where every promise costs a stack capture.
    const result: unknown = expression.evaluate(input, { ...bindings, ...guards(limits) });
    return toPlainJson(result);
  } catch (error) {
    if (error instanceof ExpressionFailure) throw error;
    if (error instanceof RangeError) {
      throw new ExpressionFailure(
        'expression_limit_exceeded',
        `recursion too deep for the evaluator (a function that never stops calling itself?)`,
      );
    }
    throw new ExpressionFailure('expression_failed', describe(error), positionOf(error));
  }
}

/** JSONata returns sequences with extra markers and may return functions; history needs plain JSON. */
function toPlainJson(value: unknown): unknown {
  if (value === undefined || typeof value === 'function') return undefined;
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

function positionOf(error: unknown): number | undefined {
  const position = (error as { position?: unknown } | null)?.position;
  return typeof position === 'number' ? position : undefined;
}
