import type { FlowStep, OnError } from '@tributary/workflows/flow-definition';

/**
 * Retry, timeout and error handling shared by every step kind
 * (workflows/src/definition/step-options.ts, flow-steps.ts `Common`). An
 * emptied field is removed from the step rather than stored empty, so the
 * engine's defaults apply.
 */

/** `retry.maxAttempts` from the field text; `retry` disappears when nothing else is in it. */
export function withMaxAttempts(step: FlowStep, text: string): FlowStep {
  const attempts = integerOrUndefined(text);
  const { maxAttempts: _old, ...otherRetry } = step.retry ?? {};
  const { retry: _retry, ...rest } = step;
  const retry = attempts === undefined ? otherRetry : { ...otherRetry, maxAttempts: attempts };
  return (Object.keys(retry).length > 0 ? { ...rest, retry } : rest) as FlowStep;
}

export function withTimeoutMs(step: FlowStep, text: string): FlowStep {
  const timeoutMs = integerOrUndefined(text);
  const { timeoutMs: _old, ...rest } = step;
  return (timeoutMs === undefined ? rest : { ...rest, timeoutMs }) as FlowStep;
}

/** The choices of the "On error" select. */
export type OnErrorChoice = 'fail' | 'continue' | 'continueWithOutput' | 'handler';

export const ON_ERROR_CHOICES: { value: OnErrorChoice; label: string }[] = [
  { value: 'fail', label: 'Fail the run (default)' },
  { value: 'continue', label: 'Continue' },
  { value: 'continueWithOutput', label: 'Continue with a fallback output' },
  { value: 'handler', label: 'Run error-handler steps' },
];

export function onErrorChoice(onError: OnError | undefined): OnErrorChoice {
  if (onError === undefined || onError === 'fail') return 'fail';
  if (onError === 'continue') return 'continue';
  if (onError.mode === 'fail') return 'fail';
  if (onError.mode === 'handler') return 'handler';
  return onError.output === undefined ? 'continue' : 'continueWithOutput';
}

/**
 * The step with another error mode. "Fail" is the default, so it is stored
 * by leaving `onError` out. A new handler block starts with one `fail` step
 * that reports the original error, which behaves like "fail" until the
 * analyst puts their own steps there (a block cannot be empty).
 */
export function withOnErrorChoice(step: FlowStep, choice: OnErrorChoice, newStepId: string): FlowStep {
  const { onError: current, ...rest } = step;
  if (onErrorChoice(current) === choice) return step;
  switch (choice) {
    case 'fail':
      return rest as FlowStep;
    case 'continue':
      return { ...rest, onError: 'continue' } as FlowStep;
    case 'continueWithOutput':
      return { ...rest, onError: { mode: 'continue', output: null } } as FlowStep;
    case 'handler':
      return {
        ...rest,
        onError: {
          mode: 'handler',
          steps: [
            {
              id: newStepId,
              kind: 'fail',
              error: 'step_failed',
              message: `=$steps.${step.id}.error.message`,
            },
          ],
        },
      } as FlowStep;
  }
}

/** The fallback output of "continue with output". */
export function withContinueOutput(step: FlowStep, output: unknown): FlowStep {
  return { ...step, onError: { mode: 'continue', output } } as FlowStep;
}

function integerOrUndefined(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? Math.trunc(value) : undefined;
}
