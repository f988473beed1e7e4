import { useEffect, useState } from 'react';
import { evaluateSampleExpression, type ExpressionOutcome } from './expression-evaluation';
import type { SampleScope } from './sample-scope';

/** Pause after the last keystroke before evaluating: long enough to skip half-typed names, short enough to feel live. */
export const EVALUATION_DELAY_MS = 250;

/**
 * The value of an expression (without its leading "=") against sample data,
 * re-evaluated once typing pauses. `null` while nothing has been evaluated yet
 * or for an empty expression. `context` is what `$` is (a mapping's source
 * record); without it, `$` is the scope, as in step inputs.
 */
export function useEvaluatedExpression(
  source: string,
  sample: SampleScope,
  context?: { value: unknown },
  delayMs = EVALUATION_DELAY_MS,
): ExpressionOutcome | null {
  const [outcome, setOutcome] = useState<ExpressionOutcome | null>(null);
  const contextValue = context?.value;
  const hasContext = context !== undefined;
  useEffect(() => {
    const timer = setTimeout(() => {
      if (source.trim() === '') setOutcome(null);
      else setOutcome(evaluateSampleExpression(source, sample, hasContext ? { context: contextValue } : {}));
    }, delayMs);
    return () => clearTimeout(timer);
  }, [source, sample, hasContext, contextValue, delayMs]);
  return outcome;
}
