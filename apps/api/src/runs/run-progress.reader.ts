import { Inject, Injectable } from '@nestjs/common';
import { WorkflowFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import {
  PROGRESS_QUERY,
  type RunFlowResult,
  type RunProgress,
  type StepError,
  type StepProgress,
} from '@tributary/workflows/run-flow.contract';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { runStatusFromTemporal, type RunStatus } from './run-status';

/** What Temporal says about one run right now. */
export type RunObservation =
  | { found: false }
  | { found: true; status: RunStatus | undefined; closedAt: Date | null; steps: StepProgress[]; error?: StepError };

const DESCRIBE_DEADLINE_MS = 5_000;
// A query needs a worker; with none polling it would wait forever, so it
// gets a short deadline and the history is the fallback.
const QUERY_DEADLINE_MS = 3_000;
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
    return {
      found: true,
      status,
      closedAt: description.closeTime ?? null,
      steps: progress.steps,
      ...(progress.error ? { error: progress.error } : {}),
    };
  }

  private async queryProgress(handle: WorkflowHandle): Promise<RunProgress | undefined> {
    try {
      return await this.withDeadline(QUERY_DEADLINE_MS, () => handle.query<RunProgress>(PROGRESS_QUERY));
    } catch {
      return undefined;
    }
  }

  private async progressFromHistory(
    handle: WorkflowHandle<() => Promise<RunFlowResult>>,
    status: RunStatus | undefined,
  ): Promise<{ steps: StepProgress[]; error?: StepError }> {
    if (status === 'running' || status === undefined) return { steps: [] };
    try {
      const result = await this.withDeadline(RESULT_DEADLINE_MS, () => handle.result());
      return { steps: result?.steps ?? [] };
    } catch (error) {
      return { steps: [], error: closedRunError(error, status) };
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
