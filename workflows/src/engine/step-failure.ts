import { ActivityFailure, ApplicationFailure, ChildWorkflowFailure } from '@temporalio/workflow';
import type { ActionFailureDetails, StepError } from '../run-flow.contract';

/**
 * A step failed for good (after retries, not handled by onError). It
 * travels up through enclosing blocks, each of which fails with it unless
 * its own onError handles it.
 */
export class StepFailure extends Error {
  constructor(
    readonly stepId: string,
    readonly error: StepError,
  ) {
    super(`step "${stepId}" failed: ${error.message}`);
  }
}

/** A `fail` step or a failed expression: never retried by an action policy, only by the step's own. */
export class FlowError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The step's error as a value for progress and `$steps.<id>.error`; also reports the attempt count. */
export function toStepError(error: unknown): { error: StepError; attempts?: number } {
  if (error instanceof StepFailure) return { error: error.error };
  if (error instanceof ChildWorkflowFailure) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure) {
      const inner = cause.details?.[0] as { stepId?: string; code?: string; details?: unknown } | undefined;
      return {
        error: {
          code: inner?.code ?? cause.type ?? 'subflow_failed',
          message: cause.message,
          details: inner?.details,
        },
      };
    }
    return { error: { code: 'subflow_failed', message: cause?.message ?? error.message } };
  }
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (cause instanceof ApplicationFailure) {
    const details = cause.details?.[0] as Partial<ActionFailureDetails> | undefined;
    return {
      error: {
        code: details?.code ?? cause.type ?? 'action_failed',
        message: cause.message,
        details: details?.details,
      },
      attempts: details?.attempt,
    };
  }
  if (error instanceof ActivityFailure) {
    // timeouts and similar carry no application details
    const reason = error.cause instanceof Error ? error.cause.message : error.message;
    return { error: { code: 'action_timed_out', message: reason } };
  }
  if (error instanceof FlowError)
    return { error: { code: error.code, message: error.message, details: error.details } };
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : 'step_failed';
    return { error: { code, message: error.message } };
  }
  return { error: { code: 'step_failed', message: String(error) } };
}
