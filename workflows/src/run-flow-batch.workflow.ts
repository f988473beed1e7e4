import { ApplicationFailure, defineQuery, setHandler, workflowInfo } from '@temporalio/workflow';
import type { ForEachStep } from './definition/flow-steps';
import { flattenSteps } from './definition/step-tree';
import type { ExpressionScope } from './expressions/expression-value';
import type { RunFlowBatchInput, RunFlowBatchResult, RunProgress } from './run-flow.contract';
import { RunState } from './engine/run-state';
import type { RunContext } from './engine/step-context';
import { StepFailure, toStepError } from './engine/step-failure';
import { StepRunner } from './engine/step-runner';
import { runItems } from './steps/for-each.step';

export const batchProgressQuery = defineQuery<RunProgress>('progress');

/**
 * One batch of a large forEach: the loop body for a slice of the items, in a
 * child workflow with its own history. The parent's history holds one child
 * per batch instead of every activity of every item.
 */
export async function runFlowBatch(input: RunFlowBatchInput): Promise<RunFlowBatchResult> {
  const found = flattenSteps(input.run.definition.steps).find(({ step }) => step.id === input.forEachStepId)?.step;
  if (found?.kind !== 'forEach') {
    throw ApplicationFailure.create({
      type: 'invalid_batch',
      message: `no forEach step "${input.forEachStepId}"`,
      nonRetryable: true,
    });
  }
  const step: ForEachStep = found;
  const state = new RunState(input.run.runId, step.steps);
  setHandler(batchProgressQuery, () => state.progress);
  let childSeq = 0;
  const run: RunContext = {
    runId: input.run.runId,
    workflowId: workflowInfo().workflowId,
    flow: input.run.flow,
    definition: input.run.definition,
    trigger: input.run.trigger,
    mappings: input.run.mappings ?? {},
    compensations: [],
    nextChildSeq: () => ++childSeq,
  };
  const scope: ExpressionScope = {
    trigger: input.run.trigger.payload,
    steps: input.steps,
    vars: input.vars,
    run: {
      id: input.run.runId,
      flow: input.run.flow.slug,
      version: input.run.flow.version,
      startedAt: input.startedAt,
    },
  };
  const runner = new StepRunner(run, state);
  const counts = { succeeded: 0, failed: 0 };
  try {
    const outputs = await runItems(
      { ...step, concurrency: input.concurrency },
      input.items,
      input.offset,
      scope,
      (steps, blockScope) => runner.runBlock(steps, blockScope),
      counts,
    );
    return { outputs, ...counts };
  } catch (error) {
    const { error: stepError } = toStepError(error);
    const stepId = error instanceof StepFailure ? error.stepId : undefined;
    throw ApplicationFailure.create({
      type: stepError.code,
      message: stepId === undefined ? stepError.message : `step "${stepId}" failed: ${stepError.message}`,
      nonRetryable: true,
      details: [{ stepId, ...stepError }],
    });
  }
}
