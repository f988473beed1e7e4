import { compileExpression, ExpressionFailure } from '@tributary/workflows/expressions/bounded-expression';
import { scopeBindings } from '@tributary/workflows/expressions/expression-value';
import { expressionSyntaxProblem, type ExpressionSyntaxProblem } from './expression-syntax';
import { toExpressionScope, type SampleScope } from './sample-scope';

/** What an expression gives against the sample data. */
export type ExpressionOutcome =
  | { kind: 'value'; value: unknown; text: string }
  | { kind: 'failed'; message: string }
  | { kind: 'syntax'; problem: ExpressionSyntaxProblem };

/** Longest preview shown inline; the full value is one test run away. */
export const MAX_PREVIEW_LENGTH = 300;

/**
 * Evaluates an expression (without its leading "=") against sample data, the
 * way the engine does: the same compiler and limits, the same variables.
 * `context` is what `$` is: a mapping's source record; in step inputs it is
 * the scope itself, as in `evaluateExpression`.
 */
export function evaluateSampleExpression(
  source: string,
  sample: SampleScope,
  options: { context?: unknown; startedAt?: Date } = {},
): ExpressionOutcome {
  const problem = expressionSyntaxProblem(source);
  if (problem) return { kind: 'syntax', problem };
  const scope = toExpressionScope(sample, options.startedAt);
  try {
    const input = 'context' in options ? options.context : scope;
    const value = compileExpression(source).evaluate(input, scopeBindings(scope));
    return { kind: 'value', value, text: formatSampleValue(value) };
  } catch (error) {
    if (error instanceof ExpressionFailure) return { kind: 'failed', message: error.message };
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** JSON on one line, cut at MAX_PREVIEW_LENGTH; nothing found says so instead of showing a blank. */
export function formatSampleValue(value: unknown): string {
  if (value === undefined) return 'nothing (no value in the sample data)';
  const text = JSON.stringify(value);
  return text.length > MAX_PREVIEW_LENGTH ? `${text.slice(0, MAX_PREVIEW_LENGTH - 1)}…` : text;
}
