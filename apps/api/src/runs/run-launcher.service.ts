import { Inject, Injectable } from '@nestjs/common';
import type { Client, WorkflowStartOptions } from '@temporalio/client';
import {
  defineSearchAttributeKey,
  SearchAttributeType,
  WorkflowExecutionAlreadyStartedError,
  type SearchAttributePair,
} from '@temporalio/common';
import { type PrismaClient, derivedId, newId } from '@tributary/db';
import { triggerBusinessKey, type BusinessKey, type FlowDefinition } from '@tributary/workflows/flow-definition';
import {
  RUN_FLOW_WORKFLOW,
  SEARCH_ATTRIBUTES,
  workflowIdFor,
  type RunFlowInput,
  type RunResume,
} from '@tributary/workflows/run-flow.contract';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { businessKeyRunId, businessKeyWorkflowId, evaluateBusinessKey } from './business-key';
import { resolveFlowMappings, type ResolvedMappings } from './flow-mappings';
import { DuplicateRunError, RunStartFailedError } from './runs.errors';

export interface RunLaunch {
  flow: { id: string; slug: string; name: string };
  /**
   * The published version to run. A draft test run has `id` and `version`
   * null: it runs `definition` (the editor's draft) and ignores the trigger's
   * business key, so a test never dedupes against real events.
   */
  version: RunTarget;
  trigger: { kind: string; payload: unknown; /** the Trigger row, when one fired */ id?: string };
  /** restart: reuse the source run's outputs and start at `resume.fromStepId` */
  resume?: RunResume;
  /** re-run: the run whose trigger this one repeats */
  rerunOf?: string;
  /**
   * A manual start under an `Idempotency-Key`: "<principal>\u0000<key>". The
   * run id and workflow id are derived from it, so two API processes racing
   * with the same key start one workflow even if the database claim is lost.
   */
  idempotencySeed?: string;
}

/** What a run executes: a published version, or a draft (id and version null). */
export interface RunTarget {
  id: string | null;
  version: number | null;
  definition: FlowDefinition;
}

export interface LaunchedRun {
  id: string;
  workflowId: string;
  temporalRunId: string | null;
  /** the business key matched an existing run, which is returned instead of a new one */
  duplicate: boolean;
  businessKey: string | null;
}

const searchAttributeKeys = {
  flow: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flow, SearchAttributeType.KEYWORD),
  flowVersion: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flowVersion, SearchAttributeType.INT),
  trigger: defineSearchAttributeKey(SEARCH_ATTRIBUTES.trigger, SearchAttributeType.KEYWORD),
};

const START_DEADLINE_MS = 10_000;

/**
 * Starts runs: resolves the mappings the version pins, records the `Run`
 * index row, then starts the runFlow workflow. Used by webhooks, manual runs, restarts,
 * re-runs and draft test runs.
 *
 * A trigger with a business key makes starting idempotent: every delivery of
 * a key maps to one run id and one workflow id, the row is inserted with
 * ON CONFLICT DO NOTHING and the workflow started with `USE_EXISTING` /
 * `REJECT_DUPLICATE`, so concurrent deliveries converge on one workflow and
 * one row whatever order they arrive in.
 */
@Injectable()
export class RunLauncher {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async launch(launch: RunLaunch): Promise<LaunchedRun> {
    const mappings = await resolveFlowMappings(this.prisma, launch.version.definition);
    // A restart or re-run is a deliberate second run of the same business event.
    const businessKey =
      launch.resume || launch.rerunOf || launch.version.id === null
        ? undefined
        : triggerBusinessKey(launch.version.definition.trigger);
    if (businessKey) return this.launchKeyed(launch, mappings, businessKey);
    if (launch.idempotencySeed) return this.launchIdempotent(launch, mappings, launch.idempotencySeed);

    const runId = newId('run');
    const workflowId = workflowIdFor(launch.flow.slug, runId);
    const receivedAt = new Date();
    await this.prisma.run.create({ data: runRow(launch, runId, workflowId, receivedAt, null) });
    let temporalRunId: string;
    try {
      temporalRunId = await this.start(launch, runInput(launch, runId, receivedAt, mappings), workflowId, {});
    } catch (error) {
      // The index row must not claim a run that never started.
      await this.prisma.run.update({ where: { id: runId }, data: { status: 'failed', closedAt: new Date() } });
      throw error;
    }
    await this.prisma.run.update({ where: { id: runId }, data: { temporalRunId } });
    return { id: runId, workflowId, temporalRunId, duplicate: false, businessKey: null };
  }

  private async launchKeyed(launch: RunLaunch, mappings: ResolvedMappings, businessKey: BusinessKey) {
    const key = await evaluateBusinessKey(businessKey, launch.trigger.payload);
    const runId = businessKeyRunId(launch.flow.id, key);
    const workflowId = businessKeyWorkflowId(launch.flow.slug, key);
    return this.launchDerived(launch, mappings, {
      runId,
      workflowId,
      key,
      rejectDuplicate: businessKey.onDuplicate === 'reject',
    });
  }

  private async launchIdempotent(launch: RunLaunch, mappings: ResolvedMappings, seed: string) {
    const runId = derivedId('run', `${launch.flow.id}\u0000idempotency\u0000${seed}`);
    const workflowId = workflowIdFor(launch.flow.slug, runId);
    return this.launchDerived(launch, mappings, { runId, workflowId, key: null, rejectDuplicate: false });
  }

  /** A run whose ids are derived, not random: every attempt converges on one row and one workflow. */
  private async launchDerived(
    launch: RunLaunch,
    mappings: ResolvedMappings,
    identity: { runId: string; workflowId: string; key: string | null; rejectDuplicate: boolean },
  ): Promise<LaunchedRun> {
    const { runId, workflowId, key } = identity;
    const receivedAt = new Date();
    const { count } = await this.prisma.run.createMany({
      data: [runRow(launch, runId, workflowId, receivedAt, key)],
      skipDuplicates: true,
    });
    const created = count === 1;
    if (!created && identity.rejectDuplicate && key !== null) throw new DuplicateRunError(runId, key);

    // Duplicates start too: with USE_EXISTING that attaches to the running
    // workflow, and guarantees it exists even if the delivery that inserted
    // the row has not reached Temporal yet.
    let temporalRunId: string | null = null;
    try {
      temporalRunId = await this.start(launch, runInput(launch, runId, receivedAt, mappings), workflowId, {
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      // A closed execution with this key exists: the run happened already.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
        // Let a retry of the delivery start it.
        if (created) await this.prisma.run.deleteMany({ where: { id: runId, temporalRunId: null } });
        throw error;
      }
    }
    if (temporalRunId) await this.recordExecution(runId, temporalRunId, receivedAt);
    return { id: runId, workflowId, temporalRunId, duplicate: !created, businessKey: key };
  }

  /** Fills in the execution id; resets the row when an expired key's workflow started afresh. */
  private async recordExecution(runId: string, temporalRunId: string, receivedAt: Date): Promise<void> {
    const { count } = await this.prisma.run.updateMany({
      where: { id: runId, temporalRunId: null },
      data: { temporalRunId },
    });
    if (count === 1) return;
    await this.prisma.run.updateMany({
      where: { id: runId, NOT: { temporalRunId } },
      data: { temporalRunId, status: 'running', startedAt: receivedAt, closedAt: null },
    });
  }

  private async start(
    launch: RunLaunch,
    input: RunFlowInput,
    workflowId: string,
    policies: Pick<WorkflowStartOptions, 'workflowIdConflictPolicy' | 'workflowIdReusePolicy'>,
  ): Promise<string> {
    try {
      const handle = await this.temporal.connection.withDeadline(deadlineIn(START_DEADLINE_MS), () =>
        this.temporal.workflow.start(RUN_FLOW_WORKFLOW, {
          taskQueue: this.config.temporal.taskQueue,
          workflowId,
          args: [input],
          ...policies,
          typedSearchAttributes: searchAttributes(launch),
          memo: {
            flowId: launch.flow.id,
            flowName: launch.flow.name,
            flowVersion: launch.version.version,
            runId: input.runId,
          },
        }),
      );
      return handle.firstExecutionRunId;
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      // only possible under a business key's REJECT_DUPLICATE; launchKeyed handles it
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw error;
      throw new RunStartFailedError(error instanceof Error ? error.message : String(error));
    }
  }
}

function runRow(launch: RunLaunch, runId: string, workflowId: string, receivedAt: Date, businessKey: string | null) {
  return {
    id: runId,
    flowId: launch.flow.id,
    flowVersionId: launch.version.id,
    flowVersionNumber: launch.version.version,
    triggerKind: launch.trigger.kind,
    triggerId: launch.trigger.id ?? null,
    workflowId,
    status: 'running',
    startedAt: receivedAt,
    sourceRunId: launch.resume?.sourceRunId ?? launch.rerunOf ?? null,
    restartFromStepId: launch.resume?.fromStepId ?? null,
    businessKey,
  };
}

function runInput(launch: RunLaunch, runId: string, receivedAt: Date, mappings: ResolvedMappings): RunFlowInput {
  return {
    runId,
    flow: {
      id: launch.flow.id,
      slug: launch.flow.slug,
      version: launch.version.version,
      versionId: launch.version.id,
    },
    definition: launch.version.definition,
    trigger: { kind: launch.trigger.kind, payload: launch.trigger.payload, receivedAt: receivedAt.toISOString() },
    ...(Object.keys(mappings).length > 0 ? { mappings } : {}),
    ...(launch.resume ? { resume: launch.resume } : {}),
  };
}

// A draft run has no version to search by: `?version=` never lists it, `?trigger=test` does.
function searchAttributes(launch: RunLaunch): SearchAttributePair[] {
  return [
    { key: searchAttributeKeys.flow, value: launch.flow.slug },
    ...(launch.version.version === null
      ? []
      : [{ key: searchAttributeKeys.flowVersion, value: launch.version.version }]),
    { key: searchAttributeKeys.trigger, value: launch.trigger.kind },
  ];
}
