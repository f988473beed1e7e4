import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { decodeFromPayloadsAtIndex } from '@temporalio/common/lib/internal-non-workflow';
import type { RunFlowInput } from '@tributary/workflows/run-flow.contract';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';

const HISTORY_DEADLINE_MS = 5_000;

/**
 * Reads the input a run was started with from the first event of its
 * Temporal history: the trigger payload is kept there, not in Postgres, so
 * re-runs and restarts repeat exactly what the run received.
 */
@Injectable()
export class RunInputReader {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: Client) {}

  /** undefined when the execution is gone (retention) or its history cannot be read. */
  async startInput(workflowId: string, temporalRunId: string | null): Promise<RunFlowInput | undefined> {
    let response;
    try {
      response = await this.temporal.connection.withDeadline(deadlineIn(HISTORY_DEADLINE_MS), () =>
        this.temporal.workflowService.getWorkflowExecutionHistory({
          namespace: this.temporal.options.namespace,
          execution: { workflowId, ...(temporalRunId ? { runId: temporalRunId } : {}) },
          maximumPageSize: 1,
        }),
      );
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      return undefined;
    }
    const started = response.history?.events?.[0]?.workflowExecutionStartedEventAttributes;
    if (!started?.input?.payloads?.length) return undefined;
    return decodeFromPayloadsAtIndex<RunFlowInput>(
      this.temporal.options.loadedDataConverter,
      0,
      started.input.payloads,
    );
  }
}
