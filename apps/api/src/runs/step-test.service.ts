import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  type Client,
  type WorkflowHandle,
} from '@temporalio/client';
import type { PrismaClient } from '@tributary/db';
import { flattenSteps } from '@tributary/workflows/definition/step-tree';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import {
  STEP_TEST_ANSWER_MARGIN_MS,
  TEST_STEP_WORKFLOW,
  isTestableStep,
  type StepTestOutcome,
  type TestableStep,
  type TestStepInput,
} from '@tributary/workflows/test-step.contract';
import { AuditLogService } from '../audit/audit-log.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { locate } from '../flows/flow-definition-check';
import { flowWhere } from '../flows/flow-lookup';
import { savedFlowDraft } from '../flows/saved-flow-draft';
import { InvalidFlowDefinitionError } from '../flows/flows.errors';
import { ResourceNotFoundError } from '../problem/api-problem';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { resolveFlowMappings } from './flow-mappings';
import { StepNotTestableError, StepTestTimeoutError } from './runs.errors';
import { redactStepData } from './step-data-redaction';
import type { CheckedStepTestRequest } from './step-test.pipe';
import type { StepTestResult } from './step-test.schemas';

/**
 * `POST /v1/flows/:idOrSlug/steps/:stepId/test` (the editor's "Test this
 * step"): one action or map step of the draft, run once with the data the
 * analyst gives. Connector code runs only in workers, so the API starts the
 * short `testStep` workflow on the flows task queue and waits for its answer,
 * as "Test connection" does; the worker resolves the step's connection
 * itself, so secrets never enter workflow history. No worker within the
 * timeout → 504, and the workflow is terminated so a worker that comes up
 * later does not act on a request nobody waits for any more.
 */
@Injectable()
export class StepTestService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  /** `idempotencySeed` (caller and Idempotency-Key) derives the workflow id, so a retry acts at most once. */
  async test(
    idOrSlug: string,
    stepId: string,
    request: CheckedStepTestRequest,
    idempotencySeed: string | undefined,
  ): Promise<StepTestResult> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug) });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    const definition = request.definition ?? savedFlowDraft(flow.draft);
    const step = testedStep(definition, stepId, request.input);
    const scope = request.scope ?? {};
    const timeoutMs = this.config.stepTests.timeoutMs;
    const workflowId = stepTestWorkflowId(flow.id, idempotencySeed);
    const input: TestStepInput = {
      step,
      flow: { id: flow.id, slug: flow.slug },
      scope: { ...scope, trigger: scope.trigger ?? null, steps: scope.steps ?? {} },
      ...(scope.vars === undefined && definition.vars ? { varsTemplate: definition.vars } : {}),
      mappings: await resolveFlowMappings(this.prisma, { ...definition, steps: [step] }),
      idempotencyKey: workflowId,
      timeoutMs: timeoutMs - STEP_TEST_ANSWER_MARGIN_MS,
    };
    // An action acts on a real system with an unpublished definition: worth a record, as a draft test run is.
    if (step.kind === 'action') await this.recordActionTest(flow.id, step, request.definition !== undefined);

    const startedAt = performance.now();
    const outcome = await this.runWorkflow(workflowId, input, timeoutMs);
    return present(outcome, Math.round(performance.now() - startedAt));
  }

  private async runWorkflow(workflowId: string, input: TestStepInput, timeoutMs: number): Promise<StepTestOutcome> {
    const { taskQueue } = this.config.temporal;
    let handle: WorkflowHandle;
    try {
      handle = await this.temporal.workflow.start(TEST_STEP_WORKFLOW, {
        taskQueue,
        workflowId,
        args: [input],
        // A retry of the same request joins the test still running; one that completed is answered from it.
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
        // Temporal's own backstop, should this process die while waiting.
        workflowExecutionTimeout: timeoutMs + 10_000,
      });
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      handle = this.temporal.workflow.getHandle(workflowId);
    }

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([handle.result() as Promise<StepTestOutcome>, timedOut]);
      if (outcome === 'timeout') {
        await handle.terminate('no worker answered the step test in time').catch(() => undefined);
        throw new StepTestTimeoutError(timeoutMs, taskQueue);
      }
      return outcome;
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      // The workflow reports every failure of the step as data; a failed workflow means no worker finished it.
      if (error instanceof WorkflowFailedError) throw new StepTestTimeoutError(timeoutMs, taskQueue);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async recordActionTest(flowId: string, step: TestableStep & { kind: 'action' }, given: boolean) {
    await this.prisma.$transaction((tx) =>
      this.audit.record(tx, {
        action: 'flow.step_tested',
        targetType: 'flow',
        targetId: flowId,
        data: {
          stepId: step.id,
          connector: step.connector,
          action: step.action,
          ...(step.connection ? { connection: step.connection } : {}),
          definition: given ? 'request' : 'draft',
        },
      }),
    );
  }
}

/**
 * The step at any depth of the definition: a step inside a block is tested
 * with the scope its block would give it (`$item`, `$index` included).
 */
function testedStep(definition: FlowDefinition, stepId: string, input: Record<string, unknown> | undefined) {
  const found = flattenSteps(definition.steps).find((visited) => visited.step.id === stepId)?.step;
  if (!found) throw new ResourceNotFoundError('step', stepId);
  if (!isTestableStep(found)) {
    throw new StepNotTestableError(
      stepId,
      `"${stepId}" is a ${found.kind} step; only action and map steps can be tested alone. Start a test run ` +
        '(POST /v1/flows/{idOrSlug}/test-runs) to see what it does.',
      found.kind,
    );
  }
  if (input === undefined) return found;
  if (found.kind !== 'action') {
    throw new InvalidFlowDefinitionError([
      locate(
        ['input'],
        `only an action step takes "input"; the map step "${stepId}" reads its data from the scope (its source ` +
          'defaults to $trigger.body): give it in "scope"',
      ),
    ]);
  }
  return { ...found, input };
}

/** Random, or derived from the caller's Idempotency-Key so every retry of one request names the same workflow. */
function stepTestWorkflowId(flowId: string, idempotencySeed: string | undefined): string {
  if (idempotencySeed === undefined) return `step-test-${randomUUID()}`;
  const digest = createHash('sha256').update(`${flowId}\u0000step-test\u0000${idempotencySeed}`).digest('base64url');
  return `step-test-${digest.slice(0, 32)}`;
}

/** Step data can carry credentials an action echoed (request headers, tokens): redacted as a run's is. */
function present(outcome: StepTestOutcome, durationMs: number): StepTestResult {
  return {
    object: 'step_test',
    stepId: outcome.stepId,
    kind: outcome.kind,
    status: outcome.status,
    ...('input' in outcome ? { input: redactStepData(outcome.input) } : {}),
    ...('output' in outcome ? { output: redactStepData(outcome.output) } : {}),
    ...(outcome.error
      ? {
          error: {
            code: outcome.error.code,
            message: outcome.error.message,
            ...(outcome.error.details === undefined ? {} : { details: redactStepData(outcome.error.details) }),
          },
        }
      : {}),
    durationMs,
    attempts: outcome.attempts,
  };
}
