import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import type { PrismaClient } from '@tributary/db';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import {
  RUN_FLOW_WORKFLOW,
  SEARCH_ATTRIBUTES,
  workflowIdFor,
  type RunFlowInput,
} from '@tributary/workflows/run-flow.contract';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { newId } from '../ids/resource-id';
import { ApiProblem } from '../problem/api-problem';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';

export interface RunLaunch {
  flow: { id: string; slug: string; name: string };
  version: { id: string; version: number; definition: FlowDefinition };
  trigger: { kind: string; payload: unknown };
}

export interface LaunchedRun {
  id: string;
  workflowId: string;
  temporalRunId: string;
}

export class RunStartFailedError extends ApiProblem {
  constructor(reason: string) {
    super({
      status: 502,
      code: 'run_start_failed',
      title: 'Run could not be started',
      detail: `Temporal refused to start the run: ${reason}`,
    });
  }
}

const searchAttributeKeys = {
  flow: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flow, SearchAttributeType.KEYWORD),
  flowVersion: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flowVersion, SearchAttributeType.INT),
  trigger: defineSearchAttributeKey(SEARCH_ATTRIBUTES.trigger, SearchAttributeType.KEYWORD),
};

const START_DEADLINE_MS = 10_000;

/**
 * Starts runs: records the `Run` index row, then starts the runFlow workflow
 * for one published flow version. Used by webhooks now, by schedules and the
 * "run now" button later.
 */
@Injectable()
export class RunLauncher {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async launch(launch: RunLaunch): Promise<LaunchedRun> {
    const runId = newId('run');
    const workflowId = workflowIdFor(launch.flow.slug, runId);
    const receivedAt = new Date();
    await this.prisma.run.create({
      data: {
        id: runId,
        flowId: launch.flow.id,
        flowVersionId: launch.version.id,
        flowVersionNumber: launch.version.version,
        triggerKind: launch.trigger.kind,
        workflowId,
        status: 'running',
        startedAt: receivedAt,
      },
    });
    const input: RunFlowInput = {
      runId,
      flow: {
        id: launch.flow.id,
        slug: launch.flow.slug,
        version: launch.version.version,
        versionId: launch.version.id,
      },
      definition: launch.version.definition,
      trigger: { kind: launch.trigger.kind, payload: launch.trigger.payload, receivedAt: receivedAt.toISOString() },
    };
    let temporalRunId: string;
    try {
      const handle = await this.temporal.connection.withDeadline(deadlineIn(START_DEADLINE_MS), () =>
        this.temporal.workflow.start(RUN_FLOW_WORKFLOW, {
          taskQueue: this.config.temporal.taskQueue,
          workflowId,
          args: [input],
          typedSearchAttributes: searchAttributes(launch),
          memo: { flowId: launch.flow.id, flowName: launch.flow.name, flowVersion: launch.version.version, runId },
        }),
      );
      temporalRunId = handle.firstExecutionRunId;
    } catch (error) {
      // The index row must not claim a run that never started.
      await this.prisma.run.update({ where: { id: runId }, data: { status: 'failed', closedAt: new Date() } });
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw new RunStartFailedError(error instanceof Error ? error.message : String(error));
    }
    await this.prisma.run.update({ where: { id: runId }, data: { temporalRunId } });
    return { id: runId, workflowId, temporalRunId };
  }
}

function searchAttributes(launch: RunLaunch): SearchAttributePair[] {
  return [
    { key: searchAttributeKeys.flow, value: launch.flow.slug },
    { key: searchAttributeKeys.flowVersion, value: launch.version.version },
    { key: searchAttributeKeys.trigger, value: launch.trigger.kind },
  ];
}
