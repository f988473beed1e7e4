import { CancellationScope, executeChild, workflowInfo } from '@temporalio/workflow';
import type { ForEachStep } from '../definition/flow-steps';
import { evaluateExpression, evaluateTemplate, type ExpressionScope } from '../expressions/expression-value';
import { RUN_FLOW_BATCH_WORKFLOW, type RunFlowBatchInput, type RunFlowBatchResult } from '../run-flow.contract';
import type { StepContext } from '../engine/step-context';
import { stripEquals } from './branch.step';

/**
 * Iterates a list, `concurrency` items at a time, and collects one output per
 * item in order. The first failing item cancels the others. Lists longer than
 * `batchSize` run as a sequence of child workflows of `batchSize` items each,
 * so a loop over thousands of items never approaches Temporal's history limits.
 */
export async function runForEachStep(step: ForEachStep, ctx: StepContext): Promise<unknown> {
  const evaluated = await evaluateExpression(stripEquals(step.items), ctx.scope, 'items');
  // JSONata returns a single value for a one-element sequence
  const items = evaluated === undefined || evaluated === null ? [] : Array.isArray(evaluated) ? evaluated : [evaluated];
  const iterations = { total: items.length, succeeded: 0, failed: 0 };
  ctx.progress.iterations = iterations;
  if (items.length > step.batchSize) return runInBatches(step, items, ctx);
  return runItems(step, items, 0, ctx.scope, ctx.runBlock, iterations);
}

/** Runs the body for each item with bounded concurrency; used inline and by batch child workflows. */
export async function runItems(
  step: ForEachStep,
  items: unknown[],
  offset: number,
  scope: ExpressionScope,
  runBlock: StepContext['runBlock'],
  counts: { succeeded: number; failed: number },
): Promise<unknown[]> {
  const outputs: unknown[] = new Array(items.length).fill(null);
  let next = 0;
  let failure: unknown;
  const lanes = new CancellationScope();
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const position = next++;
      const iteration: ExpressionScope = {
        ...scope,
        steps: { ...scope.steps },
        item: items[position],
        index: offset + position,
      };
      try {
        const last = await runBlock(step.steps, iteration);
        outputs[position] =
          step.collect === undefined ? (last ?? null) : await evaluateTemplate(step.collect, iteration, 'collect');
        counts.succeeded += 1;
      } catch (error) {
        counts.failed += 1;
        if (failure === undefined) {
          failure = error;
          lanes.cancel();
        }
      }
    }
  };
  const laneCount = Math.min(step.concurrency, items.length);
  await lanes.run(() => Promise.all(Array.from({ length: laneCount }, lane)));
  if (failure !== undefined) throw failure;
  return outputs;
}

async function runInBatches(step: ForEachStep, items: unknown[], ctx: StepContext): Promise<unknown[]> {
  const outputs: unknown[] = [];
  const iterations = ctx.progress.iterations ?? { total: items.length, succeeded: 0, failed: 0 };
  for (let offset = 0; offset < items.length; offset += step.batchSize) {
    const batch: RunFlowBatchInput = {
      run: {
        runId: ctx.run.runId,
        flow: ctx.run.flow,
        trigger: ctx.run.trigger,
        mappings: ctx.run.mappings,
        definition: ctx.run.definition,
      },
      forEachStepId: step.id,
      items: items.slice(offset, offset + step.batchSize),
      offset,
      concurrency: step.concurrency,
      steps: ctx.scope.steps,
      vars: ctx.scope.vars ?? {},
      startedAt: ctx.scope.run.startedAt,
    };
    const result = await executeChild<(input: RunFlowBatchInput) => Promise<RunFlowBatchResult>>(
      RUN_FLOW_BATCH_WORKFLOW,
      {
        args: [batch],
        workflowId: `${workflowInfo().workflowId}/${step.id}/batch-${ctx.run.nextChildSeq()}`,
      },
    );
    outputs.push(...result.outputs);
    iterations.succeeded += result.succeeded;
    iterations.failed += result.failed;
  }
  return outputs;
}
