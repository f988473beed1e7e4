import { flattenSteps } from '@tributary/workflows/definition/step-tree';
import { evaluateTemplate, type ExpressionScope } from '@tributary/workflows/expressions/expression-value';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import type { Run } from '../runs/run-progress';

export type StepRunInput =
  { kind: 'resolved'; value: unknown } | { kind: 'failed'; message: string } | { kind: 'none'; reason: string };

/**
 * What a step of a test run was given. The run's progress records outputs,
 * not inputs, so the input is worked out the way the engine did it: the
 * step's template (an action's `input`, a field mapping's `source`) evaluated
 * with the same expression code over the run's trigger data and the outputs
 * of the steps that finished. Inside a loop `$item` differs per iteration,
 * so no single input exists there.
 */
export async function resolveStepRunInput(
  definition: FlowDefinition,
  stepId: string,
  run: Pick<Run, 'id' | 'flow' | 'startedAt' | 'steps'>,
  payload: unknown,
): Promise<StepRunInput> {
  const visited = flattenSteps(definition.steps).find((entry) => entry.step.id === stepId);
  if (!visited) return { kind: 'none', reason: 'This step is no longer in the draft.' };
  if (visited.inLoop) return { kind: 'none', reason: 'Inside a loop each iteration has its own input.' };
  const { step } = visited;
  const template =
    step.kind === 'action'
      ? { value: step.input, path: 'input' }
      : step.kind === 'map' && !step.rules
        ? { value: step.source ?? '=$trigger.body', path: 'source' }
        : undefined;
  if (!template) return { kind: 'none', reason: `A ${step.kind} step has no input of its own.` };
  try {
    return { kind: 'resolved', value: await evaluateTemplate(template.value, runScope(run, payload), template.path) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

function runScope(run: Pick<Run, 'id' | 'flow' | 'startedAt' | 'steps'>, payload: unknown): ExpressionScope {
  const steps: ExpressionScope['steps'] = {};
  for (const step of run.steps) {
    if (step.status === 'succeeded' || step.output !== undefined) steps[step.id] = { output: step.output };
    if (step.error) steps[step.id] = { ...steps[step.id], error: step.error };
  }
  return {
    trigger: payload,
    steps,
    run: { id: run.id, flow: run.flow.slug, version: run.flow.version, startedAt: run.startedAt },
    vars: {},
  };
}
