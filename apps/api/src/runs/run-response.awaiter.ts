import { Inject, Injectable } from '@nestjs/common';
import {
  isGrpcDeadlineError,
  WorkflowFailedError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
  type WorkflowHandle,
} from '@temporalio/client';
import { CancelledFailure, WorkflowNotFoundError } from '@temporalio/common';
import {
  AWAIT_RESPONSE_UPDATE,
  type AwaitResponseResult,
  type RunFlowResult,
} from '@tributary/workflows/run-flow.contract';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';

const RESULT_DEADLINE_MS = 5_000;

/**
 * Waits for what a synchronous caller should get back from a run: the HTTP
 * response a `respond` step sets, or the run's end. Undefined when the
 * deadline passes first; the run goes on either way.
 */
@Injectable()
export class RunResponseAwaiter {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  async awaitResponse(
    run: { workflowId: string; temporalRunId: string | null },
    timeoutMs: number,
  ): Promise<AwaitResponseResult | undefined> {
    const handle = this.temporal.workflow.getHandle<() => Promise<RunFlowResult>>(
      run.workflowId,
      run.temporalRunId ?? undefined,
    );
    let outcome: AwaitResponseResult;
    try {
      outcome = await this.temporal.connection.withDeadline(deadlineIn(timeoutMs), () =>
        handle.executeUpdate<AwaitResponseResult, []>(AWAIT_RESPONSE_UPDATE),
      );
    } catch (error) {
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isGrpcDeadlineError(error)) return undefined;
      // Closed before we asked (a duplicate delivery of a finished run): its result says how it ended.
      if (error instanceof WorkflowNotFoundError) return this.closedRunResult(handle);
      if (error instanceof WorkflowUpdateFailedError) {
        return { kind: 'finished', status: 'failed', error: { code: 'await_response_failed', message: error.message } };
      }
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
    // The update answers at the run's end; the output itself is the workflow's result.
    if (outcome.kind === 'finished' && outcome.status === 'completed' && outcome.output === undefined) {
      return (await this.closedRunResult(handle)) ?? outcome;
    }
    return outcome;
  }

  private async closedRunResult(
    handle: WorkflowHandle<() => Promise<RunFlowResult>>,
  ): Promise<AwaitResponseResult | undefined> {
    try {
      const result = await this.temporal.connection.withDeadline(deadlineIn(RESULT_DEADLINE_MS), () => handle.result());
      return { kind: 'finished', status: 'completed', output: result?.output };
    } catch (error) {
      if (!(error instanceof WorkflowFailedError)) return undefined;
      const cause = error.cause;
      const cancelled = cause instanceof CancelledFailure;
      const code = cause && 'type' in cause && typeof cause.type === 'string' ? cause.type : 'run_failed';
      return {
        kind: 'finished',
        status: cancelled ? 'cancelled' : 'failed',
        error: { code: cancelled ? 'run_cancelled' : code, message: cause?.message || error.message },
      };
    }
  }
}
