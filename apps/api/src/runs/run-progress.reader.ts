import { Inject, Injectable } from '@nestjs/common';
import { WorkflowFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import {
  PROGRESS_QUERY,
  type CompensationProgress,
  type RunFlowResult,
  type RunProgress,
  type StepError,
  type StepProgress,
} from '@tributary/workflows/run-flow.contract';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { runStatusFromTemporal, type RunStatus } from './run-status';

type RunError = StepError & { stepId?: string };

/** What Temporal says about one run right now. */
export type RunObservation =
  | { found: false }
  | {
      found: true;
      status: RunStatus | undefined;
      closedAt: Date | null;
      steps: StepProgress[];
      error?: RunError;
      compensations?: CompensationProgress[];
    };

const DESCRIBE_DEADLINE_MS = 5_000;
// A query needs a worker; with none polling it would wait forever, so it
// gets a short deadline and the history is the fallback.
const QUERY_DEADLINE_MS = 3_000;
// Answering for a closed run means replaying its whole history.
const REPLAY_QUERY_DEADLINE_MS = 15_000;
const RESULT_DEADLINE_MS = 5_000;

/**
 * Reads a run's status (describe) and step progress (the `progress` query,
 * or the workflow's result or failure from history when no worker answers).
 */
@Injectable()
export class RunProgressReader {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  async observe(workflowId: string, temporalRunId: string | null): Promise<RunObservation> {
    const handle = this.temporal.workflow.getHandle<() => Promise<RunFlowResult>>(
      workflowId,
      temporalRunId ?? undefined,
    );
    let description;
    try {
      description = await this.withDeadline(DESCRIBE_DEADLINE_MS, () => handle.describe());
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return { found: false };
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
    const status = runStatusFromTemporal(description.status.name);
    const progress = (await this.queryProgress(handle)) ?? (await this.progressFromHistory(handle, status));
    // Terminated and timed-out runs were stopped from outside: the workflow's own account has no error for it.
    const error =
      progress.error ??
      (status === 'terminated' || status === 'timed_out' ? await this.closeReason(handle, status) : undefined);
    return {
      found: true,
      status,
      closedAt: description.closeTime ?? null,
      steps: progress.steps,
      ...(error ? { error } : {}),
      ...(progress.compensations?.length ? { compensations: progress.compensations } : {}),
    };
  }

  /**
   * The run's own account of its steps, open or closed (a closed run's query
   * is answered by a worker replaying its history); undefined when no worker
   * answers or the execution is gone.
   */
  async recordedProgress(workflowId: string, temporalRunId: string | null): Promise<RunProgress | undefined> {
    const handle = this.temporal.workflow.getHandle(workflowId, temporalRunId ?? undefined);
    return this.queryProgress(handle, REPLAY_QUERY_DEADLINE_MS);
  }

  private async queryProgress(
    handle: WorkflowHandle,
    deadlineMs = QUERY_DEADLINE_MS,
  ): Promise<RunProgress | undefined> {
    try {
      return await this.withDeadline(deadlineMs, () => handle.query<RunProgress>(PROGRESS_QUERY));
    } catch {
      return undefined;
    }
  }

  private async progressFromHistory(
    handle: WorkflowHandle<() => Promise<RunFlowResult>>,
    status: RunStatus | undefined,
  ): Promise<{ steps: StepProgress[]; error?: RunError; compensations?: CompensationProgress[] }> {
    if (status === 'running' || status === undefined) return { steps: [] };
    try {
      const result = await this.withDeadline(RESULT_DEADLINE_MS, () => handle.result());
      return { steps: result?.steps ?? [] };
    } catch (error) {
      return { steps: [], error: closedRunError(error, status) };
    }
  }

  /** Why Temporal closed the run (e.g. the terminate reason), read from its history. */
  private async closeReason(handle: WorkflowHandle, status: RunStatus): Promise<RunError | undefined> {
    try {
      await this.withDeadline(RESULT_DEADLINE_MS, () => handle.result());
      return undefined;
    } catch (error) {
      return closedRunError(error, status);
    }
  }

  private withDeadline<T>(ms: number, fn: () => Promise<T>): Promise<T> {
    return this.temporal.connection.withDeadline(deadlineIn(ms), fn);
  }
}

function closedRunError(error: unknown, status: RunStatus): StepError {
  if (error instanceof WorkflowFailedError) {
    const cause = error.cause;
    const code = cause && 'type' in cause && typeof cause.type === 'string' ? cause.type : `workflow_${status}`;
    return { code, message: cause?.message || error.message };
  }
  return { code: `workflow_${status}`, message: `The run is ${status.replace('_', ' ')}.` };
}
