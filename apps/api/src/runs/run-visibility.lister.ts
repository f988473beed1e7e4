import { Inject, Injectable } from '@nestjs/common';
import { isGrpcServiceError, type Client, type WorkflowExecutionInfo } from '@temporalio/client';
import { executionInfoFromRaw } from '@temporalio/client/lib/helpers';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { type PrismaClient, type Run, derivedId, isResourceId } from '@tributary/db';
import { SEARCH_ATTRIBUTES } from '@tributary/workflows/run-flow.contract';
import { PRISMA } from '../database/database.module';
import type { ListPage } from '../pagination/list-page';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { InvalidRequestError } from '../validation/invalid-request.error';
import { runListCursor } from './run-list-cursor';
import { runStatusFromTemporal } from './run-status';
import { visibilityQuery, type RunVisibilityFilter } from './run-visibility-query';
import type { RunListQuery, RunSummary } from './runs.schemas';

const LIST_DEADLINE_MS = 5_000;
const GRPC_INVALID_ARGUMENT = 3;

const keys = {
  flow: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flow, SearchAttributeType.KEYWORD),
  flowVersion: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flowVersion, SearchAttributeType.INT),
  trigger: defineSearchAttributeKey(SEARCH_ATTRIBUTES.trigger, SearchAttributeType.KEYWORD),
};

type Execution = WorkflowExecutionInfo;

/**
 * Lists runs from Temporal visibility, the record of what actually ran
 * (including runs a worker started whose index row is not written yet), and
 * joins the control plane's `Run` rows for what only they know (restart and
 * re-run lineage, business keys). In Temporal's order, paged with its own
 * page token.
 */
@Injectable()
export class RunVisibilityLister {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async list(request: RunListQuery): Promise<ListPage<RunSummary>> {
    const filter = await this.visibilityFilter(request);
    if (!filter) return { object: 'list', data: [], has_more: false, next_cursor: null };
    const query = visibilityQuery(filter);
    const nextPageToken = request.cursor ? runListCursor.decode(request.cursor, query) : undefined;
    const response = await this.listExecutions(query, request.limit, nextPageToken);
    const executions = await Promise.all(
      response.executions.map((raw) =>
        executionInfoFromRaw(raw, this.temporal.options.loadedDataConverter, raw, this.temporal.options.namespace),
      ),
    );
    const rows = await this.indexRows(executions);
    // Temporal hands out a token whenever a page is full; the next page may still turn out empty.
    const token = response.nextPageToken;
    const hasMore = token !== null && token !== undefined && token.length > 0;
    return {
      object: 'list',
      data: executions.map((execution) => presentExecution(execution, rows)),
      has_more: hasMore,
      next_cursor: hasMore ? runListCursor.encode(token, query) : null,
    };
  }

  /** Undefined when the flow named by id does not exist: no run can match. */
  private async visibilityFilter(request: RunListQuery): Promise<RunVisibilityFilter | undefined> {
    let flowSlug: string | undefined;
    if (request.flow !== undefined) {
      if (isResourceId('flow', request.flow)) {
        const flow = await this.prisma.flow.findUnique({ where: { id: request.flow }, select: { slug: true } });
        if (!flow) return undefined;
        flowSlug = flow.slug;
      } else {
        flowSlug = request.flow;
      }
    }
    return {
      ...(flowSlug === undefined ? {} : { flowSlug }),
      ...(request.version === undefined ? {} : { version: request.version }),
      ...(request.status === undefined ? {} : { status: request.status }),
      ...(request.trigger === undefined ? {} : { trigger: request.trigger }),
      ...(request.startedAfter ? { startedAfter: new Date(request.startedAfter) } : {}),
      ...(request.startedBefore ? { startedBefore: new Date(request.startedBefore) } : {}),
    };
  }

  private async listExecutions(query: string, pageSize: number, nextPageToken: Uint8Array | undefined) {
    try {
      return await this.temporal.connection.withDeadline(deadlineIn(LIST_DEADLINE_MS), () =>
        this.temporal.workflowService.listWorkflowExecutions({
          namespace: this.temporal.options.namespace,
          query,
          pageSize,
          ...(nextPageToken ? { nextPageToken } : {}),
        }),
      );
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      // a token that decodes but that Temporal cannot resume from (e.g. tampered with)
      if (nextPageToken && isGrpcServiceError(error) && error.code === GRPC_INVALID_ARGUMENT) {
        throw new InvalidRequestError([{ path: 'cursor', message: 'cursor is not a valid page position' }]);
      }
      throw error;
    }
  }

  /** The index rows of a page's executions, in one query, by workflow id. */
  private async indexRows(executions: Execution[]): Promise<Map<string, Run & { flow: { slug: string } }>> {
    if (executions.length === 0) return new Map();
    const rows = await this.prisma.run.findMany({
      where: { workflowId: { in: [...new Set(executions.map((execution) => execution.workflowId))] } },
      include: { flow: { select: { slug: true } } },
    });
    const byWorkflow = new Map<string, Run & { flow: { slug: string } }>();
    for (const row of rows) byWorkflow.set(row.workflowId, row);
    return byWorkflow;
  }
}

function presentExecution(execution: Execution, rows: Map<string, Run & { flow: { slug: string } }>): RunSummary {
  const memo = execution.memo ?? {};
  const row = rows.get(execution.workflowId);
  const attributes = execution.typedSearchAttributes;
  const trigger = attributes.get(keys.trigger) ?? row?.triggerKind ?? 'unknown';
  return {
    // worker-started runs derive their id from the workflow id (launchRun), API-started ones carry it in the memo
    id: stringOr(memo.runId) ?? row?.id ?? derivedId('run', execution.workflowId),
    object: 'run',
    flow: {
      id: stringOr(memo.flowId) ?? row?.flowId ?? '',
      slug: attributes.get(keys.flow) ?? row?.flow.slug ?? '',
      version: attributes.get(keys.flowVersion) ?? versionOfUnsearchable(trigger, row),
    },
    status: runStatusFromTemporal(execution.status.name) ?? 'running',
    trigger,
    workflowId: execution.workflowId,
    temporalRunId: execution.runId,
    startedAt: execution.startTime.toISOString(),
    closedAt: execution.closeTime?.toISOString() ?? null,
    businessKey: row?.businessKey ?? null,
    restartedFrom:
      row?.sourceRunId && row.restartFromStepId ? { runId: row.sourceRunId, stepId: row.restartFromStepId } : null,
    rerunOf: row?.sourceRunId && !row.restartFromStepId ? row.sourceRunId : null,
  };
}

/**
 * An execution without a TributaryFlowVersion: a draft test run (null, it
 * runs no published version), or a worker-started run between its start and
 * its first activity (0 until the version is known).
 */
function versionOfUnsearchable(trigger: string, row: Run | undefined): number | null {
  if (row) return row.flowVersionNumber;
  return trigger === 'test' ? null : 0;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
