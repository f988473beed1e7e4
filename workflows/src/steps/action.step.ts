import { proxyActivities } from '@temporalio/workflow';
import type { ActionStep } from '../definition/flow-steps';
import { evaluateTemplate } from '../expressions/expression-value';
import type { FlowActivities } from '../run-flow.contract';
import type { StepContext } from '../engine/step-context';

const DEFAULT_ATTEMPT_TIMEOUT_MS = 2 * 60_000;

/**
 * Runs a connector action as one activity. The retry policy is the step's, so
 * Temporal owns the retrying; credentials are looked up by connection name
 * inside the activity and never enter workflow history.
 */
export async function runActionStep(step: ActionStep, ctx: StepContext): Promise<unknown> {
  const input = (await evaluateTemplate(step.input, ctx.scope, 'input')) as Record<string, unknown>;
  const result = await activitiesFor(step).runAction({
    connector: step.connector,
    connectorVersion: step.connectorVersion,
    action: step.action,
    input,
    connection: step.connection,
    idempotencyKey: idempotencyKey(ctx, step.id),
  });
  ctx.progress.attempts = result.attempt;
  if (step.compensation) {
    ctx.run.compensations.push({
      stepId: step.id,
      connector: step.compensation.connector ?? step.connector,
      connectorVersion: step.compensation.connector ? undefined : step.connectorVersion,
      action: step.compensation.action,
      connection: step.compensation.connection ?? step.connection,
      input: step.compensation.input,
      scope: { ...ctx.scope, steps: { ...ctx.scope.steps, [step.id]: { output: result.output } } },
    });
  }
  return result.output;
}

/** Stable across retries and replays; distinct per loop iteration. */
export function idempotencyKey(ctx: StepContext, stepId: string): string {
  const base = `${ctx.run.runId}:${stepId}`;
  return ctx.scope.index === undefined ? base : `${base}:${ctx.scope.index}`;
}

function activitiesFor(step: ActionStep): FlowActivities {
  const retry = step.retry;
  return proxyActivities<FlowActivities>({
    startToCloseTimeout: step.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
    heartbeatTimeout: step.heartbeatTimeoutMs,
    retry: {
      maximumAttempts: retry?.maxAttempts ?? 5,
      initialInterval: retry?.initialIntervalMs ?? 1_000,
      backoffCoefficient: retry?.backoffCoefficient ?? 2,
      maximumInterval: retry?.maxIntervalMs ?? 60_000,
      nonRetryableErrorTypes: retry?.nonRetryableErrorCodes,
    },
  });
}
