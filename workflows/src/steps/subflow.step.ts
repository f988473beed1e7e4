import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { executeChild, proxyActivities } from '@temporalio/workflow';
import type { SubflowStep } from '../definition/flow-steps';
import { evaluateTemplate } from '../expressions/expression-value';
import {
  RUN_FLOW_WORKFLOW,
  SEARCH_ATTRIBUTES,
  workflowIdFor,
  type FlowActivities,
  type RunFlowInput,
  type RunFlowResult,
} from '../run-flow.contract';
import type { StepContext } from '../engine/step-context';
import { now } from '../engine/step-runner';

const catalog = proxyActivities<Pick<FlowActivities, 'resolveFlowVersion'>>({
  startToCloseTimeout: '30 seconds',
  retry: {
    maximumAttempts: 5,
    initialInterval: '1 second',
    nonRetryableErrorTypes: ['flow_not_found', 'flow_version_not_found'],
  },
});

const searchAttributeKeys = {
  flow: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flow, SearchAttributeType.KEYWORD),
  flowVersion: defineSearchAttributeKey(SEARCH_ATTRIBUTES.flowVersion, SearchAttributeType.INT),
  trigger: defineSearchAttributeKey(SEARCH_ATTRIBUTES.trigger, SearchAttributeType.KEYWORD),
};

/**
 * Runs another published flow as a child workflow: its own run in the
 * Temporal UI, linked to this one, its `input` as the child's
 * `$trigger.body`, its output as this step's output. The version is
 * resolved once, when the step starts, and recorded in history.
 */
export async function runSubflowStep(step: SubflowStep, ctx: StepContext): Promise<unknown> {
  const input = step.input === undefined ? {} : await evaluateTemplate(step.input, ctx.scope, 'input');
  const resolved = await catalog.resolveFlowVersion({ slug: step.flow, version: step.version });
  const suffix = ctx.scope.index === undefined ? '' : `_${ctx.scope.index}`;
  const runId = `${ctx.run.runId}_${step.id}${suffix}`;
  const child: RunFlowInput = {
    runId,
    flow: resolved.flow,
    definition: resolved.definition,
    mappings: resolved.mappings,
    trigger: { kind: 'subflow', payload: { body: input }, receivedAt: now() },
    parent: { runId: ctx.run.runId, workflowId: ctx.run.workflowId, stepId: step.id },
  };
  const result = await executeChild<(input: RunFlowInput) => Promise<RunFlowResult>>(RUN_FLOW_WORKFLOW, {
    args: [child],
    workflowId: workflowIdFor(resolved.flow.slug, runId),
    memo: { flowId: resolved.flow.id, flowVersion: resolved.flow.version, runId, parentRunId: ctx.run.runId },
    // searchable in the Temporal UI like any run of that flow
    typedSearchAttributes: [
      { key: searchAttributeKeys.flow, value: resolved.flow.slug },
      { key: searchAttributeKeys.flowVersion, value: resolved.flow.version },
      { key: searchAttributeKeys.trigger, value: 'subflow' },
    ],
  });
  return { runId, flow: resolved.flow.slug, version: resolved.flow.version, output: result.output ?? null };
}
