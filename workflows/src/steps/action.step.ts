import { proxyActivities } from '@temporalio/workflow';
import type { ActionStep } from '../flow-definition';
import { evaluateTemplate } from '../expressions/expression-value';
import type { FlowActivities } from '../run-flow.contract';
import type { StepContext } from './step-handler';

const DEFAULT_ATTEMPT_TIMEOUT_MS = 2 * 60_000;

/**
 * Runs a connector action as one activity. The retry policy is the step's, so
 * Temporal owns the retrying; credentials are looked up by connection name
 * inside the activity and never enter workflow history.
 */
export async function runActionStep(step: ActionStep, ctx: StepContext): Promise<unknown> {
  const input = (await evaluateTemplate(step.input, ctx.scope, 'input')) as Record<string, unknown>;
  const activities = activitiesFor(step);
  const result = await activities.runAction({
    connector: step.connector,
    connectorVersion: step.connectorVersion,
    action: step.action,
    input,
    connection: step.connection,
    idempotencyKey: `${ctx.run.runId}:${step.id}`,
  });
  ctx.reportAttempts(result.attempt);
  return result.output;
}

function activitiesFor(step: ActionStep): FlowActivities {
  const retry = step.retry;
  return proxyActivities<FlowActivities>({
    startToCloseTimeout: step.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
    retry: {
      maximumAttempts: retry?.maxAttempts ?? 5,
      initialInterval: retry?.initialIntervalMs ?? 1_000,
      backoffCoefficient: retry?.backoffCoefficient ?? 2,
      maximumInterval: retry?.maxIntervalMs ?? 60_000,
    },
  });
}
