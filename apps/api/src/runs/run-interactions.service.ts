import { Inject, Injectable } from '@nestjs/common';
import { WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, type Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { PrismaClient, Run } from '@tributary/db';
import {
  DECIDE_APPROVAL_UPDATE,
  SUBMIT_EVENT_UPDATE,
  type ApprovalDecision,
  type DecideApprovalInput,
  type SubmitEventInput,
  type SubmitEventResult,
} from '@tributary/workflows/run-flow.contract';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { ResourceNotFoundError, ServiceUnavailableError } from '../problem/api-problem';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { RunNotRunningError, RunUpdateRejectedError } from './runs.errors';
import { presentRunSummary } from './runs.presenter';
import type { RunApprovalRequest, RunEventRequest, RunSummary, RunTerminateRequest } from './runs.schemas';

// An update waits for a worker to run the workflow's validator and handler.
const UPDATE_DEADLINE_MS = 15_000;
const CANCEL_DEADLINE_MS = 5_000;
const TERMINATE_DEADLINE_MS = 5_000;

/** Until API keys exist every decision is recorded as made by "api". */
const API_ACTOR = 'api';

/** Talking to a running run: events for waitForEvent steps, approval decisions, cancellation, termination. */
@Injectable()
export class RunInteractionsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  async submitEvent(runId: string, request: RunEventRequest): Promise<SubmitEventResult> {
    const input: SubmitEventInput = {
      event: request.event,
      ...(request.correlationKey === undefined ? {} : { correlationKey: request.correlationKey }),
      ...(request.payload === undefined ? {} : { payload: request.payload }),
      sender: API_ACTOR,
    };
    return this.update<SubmitEventResult>(await this.openRun(runId), SUBMIT_EVENT_UPDATE, input, 'event_rejected');
  }

  async decideApproval(runId: string, request: RunApprovalRequest): Promise<ApprovalDecision> {
    const input: DecideApprovalInput = {
      ...(request.stepId ? { stepId: request.stepId } : {}),
      decision: request.decision,
      ...(request.comment === undefined ? {} : { comment: request.comment }),
      actor: API_ACTOR,
    };
    return this.update<ApprovalDecision>(
      await this.openRun(runId),
      DECIDE_APPROVAL_UPDATE,
      input,
      'approval_not_waiting',
    );
  }

  /** Asks the workflow to cancel; it runs its compensations and reports `cancelled`. */
  async cancel(runId: string): Promise<{ object: 'run'; id: string; workflowId: string; cancelRequested: true }> {
    const run = await this.openRun(runId);
    const handle = this.temporal.workflow.getHandle(run.workflowId, run.temporalRunId ?? undefined);
    try {
      await this.temporal.connection.withDeadline(deadlineIn(CANCEL_DEADLINE_MS), () => handle.cancel());
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new RunNotRunningError(run.id, 'closed');
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
    return { object: 'run', id: run.id, workflowId: run.workflowId, cancelRequested: true };
  }

  /**
   * Stops the workflow at once: unlike cancel, the run gets no chance to
   * compensate or clean up. The index row and the audit log record it.
   */
  async terminate(runId: string, request: RunTerminateRequest): Promise<RunSummary> {
    const run = await this.openRun(runId);
    const handle = this.temporal.workflow.getHandle(run.workflowId, run.temporalRunId ?? undefined);
    try {
      await this.temporal.connection.withDeadline(deadlineIn(TERMINATE_DEADLINE_MS), () =>
        handle.terminate(request.reason),
      );
    } catch (error) {
      // Temporal answers NotFound for an execution that has closed in the meantime.
      if (error instanceof WorkflowNotFoundError) throw new RunNotRunningError(run.id, 'closed');
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
    const terminated = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.run.update({
        where: { id: run.id },
        data: { status: 'terminated', closedAt: new Date() },
        include: { flow: { select: { slug: true } } },
      });
      await this.audit.record(tx, {
        action: 'run.terminated',
        targetType: 'run',
        targetId: run.id,
        data: { reason: request.reason, workflowId: run.workflowId },
      });
      return updated;
    });
    return presentRunSummary(terminated);
  }

  private async openRun(runId: string): Promise<Run> {
    const run = await this.prisma.run.findUnique({ where: { id: runId } });
    if (!run) throw new ResourceNotFoundError('run', runId);
    if (run.status !== 'running') throw new RunNotRunningError(run.id, run.status);
    return run;
  }

  private async update<Result>(
    run: Run,
    name: string,
    input: unknown,
    rejection: 'approval_not_waiting' | 'event_rejected',
  ): Promise<Result> {
    const handle = this.temporal.workflow.getHandle(run.workflowId, run.temporalRunId ?? undefined);
    try {
      return await this.temporal.connection.withDeadline(deadlineIn(UPDATE_DEADLINE_MS), () =>
        handle.executeUpdate<Result, [unknown]>(name, { args: [input] }),
      );
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        throw new RunUpdateRejectedError(rejection, error.cause?.message ?? error.message);
      }
      // The index row said running, but the execution has closed since.
      if (error instanceof WorkflowNotFoundError) throw new RunNotRunningError(run.id, 'closed');
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
        throw new ServiceUnavailableError(
          'run_not_responding',
          `Run ${run.id} did not answer within ${UPDATE_DEADLINE_MS / 1000} s; is a worker polling its task queue?`,
        );
      }
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
  }
}
