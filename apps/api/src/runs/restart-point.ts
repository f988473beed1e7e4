import type { RunProgress, StepProgress } from '@tributary/workflows/run-flow.contract';

/**
 * Where a restart begins and what it carries over. Restarts begin at a
 * top-level step (the interpreter cannot re-enter the middle of a block), so
 * a failure deep inside an `if` or a loop restarts the whole top-level step
 * that contains it.
 */

/** The top-level step containing the step that failed the run; undefined when none failed. */
export function restartStepFor(progress: Pick<RunProgress, 'steps' | 'error'>): string | undefined {
  const failed =
    progress.error?.stepId ??
    progress.steps.find((step) => step.status === 'failed' && !step.handled && !step.parentId)?.id ??
    progress.steps.find((step) => step.status === 'failed' && !step.handled)?.id;
  return failed === undefined ? undefined : topLevelAncestor(failed, parentsById(progress.steps));
}

/**
 * The recorded outputs of every step (nested ones included) inside the given
 * top-level steps, by step id: the `resume.outputs` of a restart. A step that
 * succeeded without output is carried over as null, so it still counts as done.
 */
export function recordedOutputsBefore(steps: StepProgress[], topLevelStepIds: string[]): Record<string, unknown> {
  const wanted = new Set(topLevelStepIds);
  const parents = parentsById(steps);
  const outputs: Record<string, unknown> = {};
  for (const step of steps) {
    if (!wanted.has(topLevelAncestor(step.id, parents))) continue;
    if (step.status === 'succeeded') outputs[step.id] = step.output ?? null;
    else if (step.status === 'failed' && step.handled && step.output !== undefined) outputs[step.id] = step.output;
  }
  return outputs;
}

function parentsById(steps: StepProgress[]): Map<string, string | undefined> {
  return new Map(steps.map((step) => [step.id, step.parentId]));
}

function topLevelAncestor(stepId: string, parents: Map<string, string | undefined>): string {
  let current = stepId;
  // bounded by the number of steps, in case a report ever contains a cycle
  for (let hops = 0; hops <= parents.size; hops += 1) {
    const parent = parents.get(current);
    if (parent === undefined) return current;
    current = parent;
  }
  return current;
}
